-- One reminder per (deadline, tier): recorded before it is sent, marked sent after. Its id is stable, so the one
-- unavoidable duplicate (a run dying between a successful send and its record) can be recognised by receivers.
create table reminder (
    id              text primary key,
    application_id  text        not null references application (id),
    agency_id       text        not null references agency (id),
    deadline_kind   text        not null,
    due_on          date        not null,
    tier            text        not null,
    escalate        boolean     not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index reminder_pending on reminder (status, next_attempt_at) where status in ('PENDING', 'FAILED');
create index reminder_agency on reminder (agency_id, status);

-- Where an agency's reminders go: a generic JSON webhook (more channel kinds come with later work).
create table reminder_channel (
    id        bigserial primary key,
    agency_id text not null references agency (id),
    kind      text not null,
    url       text not null,
    secret    text
);
