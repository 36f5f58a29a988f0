-- Issue #24 (作战图): township and village boundaries and village points, as imported from GeoJSON, per region and
-- year like other region data. Geometry is kept as the GeoJSON geometry object it came in (longitude, latitude in
-- the stated coordinate system); the map pages serve it back to the browser, which draws it without a tile server.
create table region_boundary (
    region_code text collate "C" not null references region (code),
    year        int not null check (year between 2000 and 2100),
    crs         text not null check (crs in ('WGS84', 'GCJ02')),
    geometry    jsonb not null,
    min_lon     double precision not null,
    min_lat     double precision not null,
    max_lon     double precision not null,
    max_lat     double precision not null,
    synthetic   boolean not null default false,
    imported_at timestamptz not null default now(),
    primary key (region_code, year)
);

-- A village's place (the village committee), one point per village and year.
create table village_point (
    village_code text collate "C" not null references region (code),
    year         int not null check (year between 2000 and 2100),
    crs          text not null check (crs in ('WGS84', 'GCJ02')),
    longitude    double precision not null check (longitude between -180 and 180),
    latitude     double precision not null check (latitude between -90 and 90),
    synthetic    boolean not null default false,
    primary key (village_code, year)
);

alter table region_boundary enable row level security;
alter table region_boundary force row level security;
create policy region_boundary_in_scope on region_boundary
    using (region_code like current_setting('fupin.scope', true) || '%')
    with check (region_code like current_setting('fupin.scope', true) || '%');
alter table village_point enable row level security;
alter table village_point force row level security;
create policy village_point_in_scope on village_point
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');
