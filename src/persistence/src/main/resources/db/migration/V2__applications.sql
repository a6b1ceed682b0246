-- Applications are kept as their recorded steps (Art. 45): the events are the truth, the application row is the
-- derived state for queries, and its version is the number of events, for optimistic locking.
create table application (
    id             text primary key,
    agency_id      text        not null references agency (id),
    applicant_kind text        not null,
    channel        text        not null,
    stage          text        not null,
    received_on    date,
    outcome        text,
    version        integer     not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index application_agency_stage on application (agency_id, stage);

create table application_event (
    application_id text        not null references application (id),
    sequence       integer     not null,
    action         text        not null,
    effective_on   date        not null,
    recorded_at    timestamptz not null,
    actor_id       text        not null,
    actor_role     text        not null,
    note           text,
    channel        text,
    due_date       date,
    working_days   integer,
    pause_kind     text,
    party          text,
    outcome        text,
    primary key (application_id, sequence)
);

-- The current deadlines of open applications, each stamped with the calendar version it was computed on, so a
-- calendar change finds what to recompute.
create table application_deadline (
    application_id         text    not null references application (id),
    kind                   text    not null,
    state                  text    not null,
    due_on                 date,
    remaining_working_days integer not null default 0,
    provisional            boolean not null,
    calendar_version       text    not null,
    primary key (application_id, kind)
);
create index application_deadline_due on application_deadline (due_on);

-- Holiday arrangements published after the release (e.g. next year's State Council notice), in the format of the
-- built-in cn-holidays.txt, applied on top of it in order.
create table calendar_amendment (
    id         bigserial primary key,
    content    text        not null,
    note       text,
    created_at timestamptz not null default now()
);

-- Days an agency's office is closed by its own decision.
create table agency_closure (
    id        bigserial primary key,
    agency_id text not null references agency (id),
    from_date date not null,
    to_date   date not null,
    reason    text not null,
    check (to_date >= from_date)
);
