-- An agency's own reminder tiers; agencies without a row use the default (5, 3 and 1 working days before, on the
-- day, overdue escalation).
create table reminder_policy (
    agency_id           text primary key references agency (id),
    working_days_before text    not null,
    on_the_day          boolean not null,
    escalate_overdue    boolean not null
);
