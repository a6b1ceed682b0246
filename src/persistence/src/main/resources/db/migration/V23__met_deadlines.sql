-- A notice to supplement that went out, and a supplement that came, meet their limits: those deadlines no longer
-- run (they had kept running, so the queue was ordered by them and reminders warned of them). Stored deadlines of
-- earlier versions are brought in line, and the application's next due date recomputed as V22 did; it is now
-- marked provisional only when that deadline itself is (it was when any of the application's deadlines was).
update application_deadline d set state = 'MET'
where d.state = 'RUNNING'
  and ((d.kind = 'SUPPLEMENT_NOTICE' and exists (select 1 from application_event e
            where e.application_id = d.application_id and e.action = 'REQUEST_SUPPLEMENT'))
    or (d.kind = 'SUPPLEMENT_REPLY' and exists (select 1 from application_event e
            where e.application_id = d.application_id and e.action = 'RECEIVE_SUPPLEMENT')));

update application a set next_due = n.next_due
from (select application_id, min(due_on) filter (where kind <> 'EXTENDED_REPLY' and state = 'RUNNING') next_due
      from application_deadline group by application_id) n
where n.application_id = a.id;

update application a set next_due_provisional = exists (select 1 from application_deadline d
    where d.application_id = a.id and d.kind <> 'EXTENDED_REPLY' and d.state = 'RUNNING' and d.due_on = a.next_due
      and d.provisional);
