-- Information processing fees (Art. 42, 国办函〔2020〕109号): the amount of a fee notice, in yuan.
alter table application_event add column amount_yuan bigint;
