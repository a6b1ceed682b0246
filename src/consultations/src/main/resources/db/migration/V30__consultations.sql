-- Online consultations (网上咨询): a citizen's question handed over by the assistant to the office. The question and
-- the contact are personal data (encrypted); the citizen reads the reply with a lookup code, kept only as a keyed
-- hash. The office replies within 5 working days, 1 for a simple question (2021 work plan); due_on joins the reminders.
create table consultation (
    id            text primary key,
    agency_id     text not null references agency (id),
    question      bytea not null,
    contact       bytea,
    simple        boolean not null default false,
    asked_on      date not null,
    due_on        date not null,
    lookup_hash   bytea not null unique,
    reply         text,
    replied_on    date,
    replied_by    text,
    created_at    timestamptz not null,
    version       integer not null default 0
);
create index consultation_open on consultation (agency_id, due_on) where reply is null;
