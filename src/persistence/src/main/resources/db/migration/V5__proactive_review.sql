-- 依申请转主动 (Art. 44): after information is released on application, staff decide whether to publish it
-- proactively; one decision per application.
create table proactive_review (
    application_id text primary key references application (id),
    agency_id      text        not null references agency (id),
    publish        boolean     not null,
    reason         text        not null,
    decided_by     text        not null,
    decided_at     timestamptz not null
);

-- Requests for the same information are found by document number (文号) or by identical description.
create index application_detail_document on application_detail (agency_id, document_number);
