-- Append-only, hash-chained audit log (issue #6): each row's hash covers its content and the previous row's hash,
-- so changing or deleting a row breaks the chain that `audit verify` recomputes. The application role may only
-- append and read.
create table audit_event (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    client    text,
    action    text not null,
    target    text not null,
    detail    text not null,
    prev_hash text not null,
    hash      text not null unique
);
revoke all on audit_event from fupin_app;
grant select, insert on audit_event to fupin_app;
grant usage, select on sequence audit_event_id_seq to fupin_app;
