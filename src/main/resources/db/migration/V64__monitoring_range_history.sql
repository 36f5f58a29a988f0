-- Issue #17: monitoring ranges are set by the county and province where they work (page, CLI, REST); every
-- setting is kept, so the page shows who set which range when, and from what source.
create table monitoring_range_history (
    id            bigserial primary key,
    region_prefix text collate "C" not null check (region_prefix ~ '^[0-9]{0,12}$'),
    year          int not null,
    basis         text not null check (basis in ('AMOUNT', 'POVERTY_LINE', 'DIBAO_MONTHLY')),
    value         numeric(12, 2) not null check (value > 0),
    dibao_monthly numeric(12, 2),
    source        text not null,
    actor         text not null,
    set_at        timestamptz not null default now()
);
create index monitoring_range_history_idx on monitoring_range_history (region_prefix, year, set_at);
