-- Every answer the assistant gave (issue 7): the question masked (identity numbers, phones, e-mail addresses) and
-- normalised for grouping, how it was answered, and the citizen's thumbs up (1) or down (-1). Staff list the most
-- frequent declined questions (to write FAQ entries) and the answers most often marked unhelpful.
create table assistant_answer (
    id              text primary key,
    agency_id       text not null,
    conversation_id text not null,
    asked_at        timestamptz not null,
    question        text not null,
    question_key    text not null,
    kind            text not null,
    refused         boolean not null,
    answer          text,
    answer_key      text not null,
    citations       text not null default '',
    vote            smallint check (vote in (-1, 1)),
    voted_at        timestamptz
);
create index assistant_answer_questions on assistant_answer (agency_id, question_key, asked_at);
create index assistant_answer_votes on assistant_answer (agency_id, answer_key) where vote is not null;
