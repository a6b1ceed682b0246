create table agency (
    id         text primary key,
    name       text not null,
    created_at timestamptz
);
