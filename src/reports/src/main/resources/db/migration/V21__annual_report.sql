-- The annual report's registers and snapshots (functions/reports).

-- The proactive disclosure register (table 二): documents (规章, 规范性文件), catalogue items (许可/服务/处罚/强制/收费
-- 事项), decisions taken, fees collected and procurement projects. See cn.gongkai.domain.report.RegisterKind.
create table disclosure_entry (
    id           bigserial primary key,
    agency_id    text          not null references agency (id),
    kind         text          not null,
    title        text,
    reference    text,
    on_date      date          not null,
    published_on date,
    end_on       date,
    quantity     bigint        not null default 1,
    amount_yuan  numeric(18, 2),
    recorded_by  text          not null,
    recorded_at  timestamptz   not null default now(),
    check (quantity >= 0),
    check (end_on is null or end_on >= on_date)
);
create index disclosure_entry_agency on disclosure_entry (agency_id, on_date);

-- The agency's own documents with the disclosure attribute decided when each was issued (公开属性).
create table agency_document (
    id          bigserial primary key,
    agency_id   text        not null references agency (id),
    title       text        not null,
    doc_number  text,
    issued_on   date        not null,
    attribute   text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index agency_document_agency on agency_document (agency_id, issued_on);

-- Administrative reconsideration and litigation about the agency's disclosure work (table 四).
create table review_case (
    id          bigserial primary key,
    agency_id   text        not null references agency (id),
    case_number text        not null,
    kind        text        not null,
    result      text        not null,
    filed_on    date        not null,
    decided_on  date,
    note        text,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    unique (agency_id, case_number),
    check (decided_on is null or decided_on >= filed_on)
);

-- Text sections (一, 五, 六) staff wrote to replace the drafts.
create table annual_report_text (
    agency_id  text        not null references agency (id),
    year       integer     not null,
    section    text        not null,
    body       text        not null,
    written_by text        not null,
    written_at timestamptz not null default now(),
    primary key (agency_id, year, section)
);

-- Every generated report, frozen: the data as JSON (the check schema) and when it was made. scope is the agency's
-- id, or 'summary:' and the sorted agency ids of a summary.
create table annual_report_snapshot (
    id           bigserial primary key,
    scope        text        not null,
    year         integer     not null,
    format       text        not null,
    generated_at timestamptz not null,
    generated_by text        not null,
    data         text        not null
);
create index annual_report_snapshot_scope on annual_report_snapshot (scope, year, id);
