-- Reminders are about any deadline, not only an application's (e.g. an agency's annual report, due 1月31日): the
-- subject is an application id or another key, and the reminder keeps the words it is delivered with.
alter table reminder drop constraint reminder_application_id_fkey;
alter table reminder rename column application_id to subject;
alter table reminder add column subject_title text not null default '';
alter table reminder add column deadline_name text not null default '';
alter table reminder add column basis text not null default '';
