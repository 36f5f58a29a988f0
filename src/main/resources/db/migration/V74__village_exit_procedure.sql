-- Issue #16: the exit of a poor village as a procedure (domain.md §3.4): 村提出 → 乡镇审核 (the village exit test:
-- 贫困发生率 and the conditions of V73) → 乡镇内公示 (NOTICE_DAYS.VILLAGE_EXIT) → 县审定公告. Each step is dated,
-- by a user of the right level; the village's exit is the result of the last step, never a field.
create table village_exit (
    id           bigserial primary key,
    village_code text collate "C" not null references region (code),
    year         int not null,
    status       text not null check (status ~ '^[A-Z_]{2,40}$'),
    opened_on    date not null,
    closed_on    date,
    notice_id    bigint references public_notice (id),
    opened_by    text not null,
    opened_at    timestamptz not null default now()
);
create unique index village_exit_one_open on village_exit (village_code, year)
    where status not in ('EXITED', 'REJECTED');

create table village_exit_step (
    id            bigserial primary key,
    exit_id       bigint not null references village_exit (id),
    village_code  text collate "C" not null,
    step          text not null check (step ~ '^[A-Z_]{2,40}$'),
    outcome       text not null check (outcome in ('DONE', 'REJECTED')),
    done_on       date not null,
    comment       text not null default '',
    actor         text not null,
    actor_role    text not null,
    recorded_at   timestamptz not null default now()
);
create index village_exit_step_exit_idx on village_exit_step (exit_id, id);

do $$
declare t text;
begin
    foreach t in array array['village_exit', 'village_exit_step'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I
            using (village_code like current_setting('fupin.scope', true) || '%%')
            with check (village_code like current_setting('fupin.scope', true) || '%%')$p$, t || '_in_scope', t);
    end loop;
end
$$;
