-- Household identification and exit cases (issue #5, ADR 0009): one row per case, one row per recorded step,
-- attachments as bytes, and the dynamic-adjustment events that every status change of a household comes from.
create table identification_case (
    id               bigserial primary key,
    kind             text not null check (kind in ('IDENTIFICATION', 'EXIT')),
    village_code     text collate "C" not null references region (code),
    year             int not null,
    household_id     bigint not null,
    household_number text not null,
    head_name        text not null,
    member_count     int not null,
    attribute        text not null default '',
    cause            text not null default '',
    status           text not null,
    step_started_on  date not null,
    notice_id        bigint references public_notice (id),
    food_and_clothing boolean,
    opened_by        text not null,
    opened_at        timestamptz not null default now()
);
create index identification_case_village_idx on identification_case (village_code, year);
create unique index identification_case_one_open on identification_case (household_id, kind)
    where status not in ('REGISTERED', 'DEREGISTERED', 'REJECTED');

create table identification_step (
    id             bigserial primary key,
    case_id        bigint not null references identification_case (id) on delete cascade,
    village_code   text collate "C" not null,
    step           text not null,
    outcome        text not null check (outcome in ('DONE', 'REJECTED')),
    decided_on     date not null,
    actor          text not null,
    actor_role     text not null,
    comment        text not null default '',
    meeting_date   date,
    attendance     int,
    votes_for      int,
    votes_against  int,
    notice_id      bigint references public_notice (id),
    recorded_at    timestamptz not null default now()
);
create index identification_step_case_idx on identification_step (case_id, id);

create table identification_attachment (
    id           bigserial primary key,
    case_id      bigint not null references identification_case (id) on delete cascade,
    village_code text collate "C" not null,
    step         text not null,
    file_name    text not null,
    content_type text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index identification_attachment_case_idx on identification_attachment (case_id);

-- 动态调整 events (domain.md §7.2): NEW_IDENTIFICATION, EXIT, RETURN, NATURAL_INCREASE, NATURAL_DECREASE,
-- HOUSEHOLD_DISSOLVED, REMOVAL (剔除), MARKING (标注).
create table household_event (
    id               bigserial primary key,
    village_code     text collate "C" not null references region (code),
    year             int not null,
    household_id     bigint,
    household_number text not null,
    event_type       text not null check (event_type ~ '^[A-Z_]{2,40}$'),
    event_date       date not null,
    reason           text not null default '',
    status_before    text,
    status_after     text,
    case_id          bigint references identification_case (id),
    actor            text not null,
    recorded_at      timestamptz not null default now()
);
create index household_event_household_idx on household_event (village_code, household_number, year);

do $$
declare t text;
begin
    foreach t in array array['identification_case', 'identification_step', 'identification_attachment',
                             'household_event'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I
            using (village_code like current_setting('fupin.scope', true) || '%%')
            with check (village_code like current_setting('fupin.scope', true) || '%%')$p$, t || '_in_scope', t);
    end loop;
end
$$;
