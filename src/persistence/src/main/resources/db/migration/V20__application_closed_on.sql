-- The annual report counts applications by the day they were received and the day they were closed (replied,
-- withdrawn, abandoned, fee unpaid): closed_on is that day, kept by the store; indexed for per-agency, per-year counts.
alter table application add column closed_on date;

update application a set closed_on = (
    select max(e.effective_on) from application_event e
    where e.application_id = a.id and e.action in ('REPLY', 'WITHDRAW', 'MARK_ABANDONED', 'MARK_FEE_UNPAID'))
where a.stage in ('REPLIED', 'WITHDRAWN', 'ABANDONED');

create index application_report_year on application (agency_id, received_on) include (closed_on, applicant_kind, outcome);
