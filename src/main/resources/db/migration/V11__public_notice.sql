-- Public notices (公示/公告, issue #5, ADR 0007): a posted list of households with its period, where and when it was
-- put up, the evidence of posting, and the objections received. Used by identification, exit and monitoring cases.
-- region_code is the village (or township/county) the notice is posted for; village_code repeats it for the
-- row-level-security policy shared by every village-scoped table.
create table public_notice (
    id             bigserial primary key,
    kind           text not null check (kind ~ '^[A-Z_]{2,40}$'),
    village_code   text collate "C" not null references region (code),
    title          text not null check (length(title) between 1 and 200),
    start_date     date not null,
    end_date       date not null check (end_date >= start_date),
    required_days  int not null default 0 check (required_days >= 0),
    place          text not null default '',
    posted_on      date,
    posted_by      text,
    evidence       text not null default '',
    created_by     text not null,
    created_at     timestamptz not null default now()
);
create index public_notice_village_idx on public_notice (village_code, start_date);

-- The households listed on a notice, as printed: no ID number, phone, bank account or health detail is kept here.
create table public_notice_entry (
    id               bigserial primary key,
    notice_id        bigint not null references public_notice (id) on delete cascade,
    village_code     text collate "C" not null,
    position         int not null,
    household_id     bigint,
    household_number text not null default '',
    head_name        text not null check (length(head_name) between 1 and 60),
    member_count     int not null check (member_count > 0),
    attribute        text not null default '',
    cause            text not null default '',
    note             text not null default '',
    unique (notice_id, position)
);
create index public_notice_entry_household_idx on public_notice_entry (household_id);

create table public_notice_objection (
    id               bigserial primary key,
    notice_id        bigint not null references public_notice (id) on delete cascade,
    village_code     text collate "C" not null,
    objector         text not null check (length(objector) between 1 and 100),
    content          text not null check (length(content) between 1 and 2000),
    household_number text not null default '',
    received_on      date not null,
    received_by      text not null,
    outcome          text,
    resolved_on      date check (resolved_on >= received_on),
    resolved_by      text,
    check ((outcome is null) = (resolved_on is null))
);
create index public_notice_objection_notice_idx on public_notice_objection (notice_id);

-- Scans or photos of the posted notice (evidence of posting), kept in the database with the notice.
create table public_notice_file (
    id           bigserial primary key,
    notice_id    bigint not null references public_notice (id) on delete cascade,
    village_code text collate "C" not null,
    file_name    text not null,
    content_type text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index public_notice_file_notice_idx on public_notice_file (notice_id);

do $$
declare t text;
begin
    foreach t in array array['public_notice', 'public_notice_entry', 'public_notice_objection', 'public_notice_file'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I
            using (village_code like current_setting('fupin.scope', true) || '%%')
            with check (village_code like current_setting('fupin.scope', true) || '%%')$p$, t || '_in_scope', t);
    end loop;
end
$$;
