-- Issue #20, ADR 0038: forms filled on a phone without a signal are queued on the device and sent later, each with
-- an idempotency key the device chose. The server keeps the answer it gave per user and key, so a resend (lost
-- answer, a second tap, a retry after the signal came back) returns the same answer and writes nothing new.
create table field_entry (
    username     text not null references app_user (username),
    entry_key    text not null check (entry_key ~ '^[A-Za-z0-9-]{8,64}$'),
    kind         text not null check (kind in ('VISIT', 'CLUE', 'MEASURE')),
    household_id bigint not null,
    status       text not null check (status in ('SAVED', 'REFUSED')),
    record_id    bigint,
    reasons      text[] not null default '{}',
    received_at  timestamptz not null default now(),
    primary key (username, entry_key)
);
