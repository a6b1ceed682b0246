-- Answer records are kept for gongkai.assistant.answers.keep-days (default 365): the purge finds the old ones here.
create index assistant_answer_asked on assistant_answer (asked_at);
