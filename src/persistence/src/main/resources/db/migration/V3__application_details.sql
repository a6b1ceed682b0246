-- What the applicant wrote (Art. 29) and how they follow their application. Personal data (name, identity
-- number, phone, e-mail, address) is stored only encrypted (AES-GCM, key from the environment); a masked name is kept
-- for staff lists, and keyed hashes stand in for the identity (fee counting, repeated requests) and the query code.
create table application_detail (
    application_id      text primary key references application (id),
    agency_id           text        not null references agency (id),
    tracking_number     text        not null unique,
    query_code_hash     bytea       not null,
    idempotency_key     text,
    request_fingerprint bytea       not null,
    applicant_key_hash  bytea       not null,
    applicant_masked    text        not null,
    personal_data       bytea       not null,
    description         text        not null,
    document_title      text,
    document_number     text,
    purpose             text,
    delivery_form       text        not null,
    delivery_method     text        not null,
    submitted_at        timestamptz not null,
    unique (agency_id, idempotency_key)
);
create index application_detail_applicant on application_detail (agency_id, applicant_key_hash, submitted_at);

-- Failed progress lookups, for throttling guessers (kept for a short window).
create table lookup_failure (
    id         bigserial primary key,
    client_key text        not null,
    failed_at  timestamptz not null default now()
);
create index lookup_failure_client on lookup_failure (client_key, failed_at);
