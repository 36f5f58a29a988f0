-- Issue #23, ADR 0032: the cadre directories (units, cadres, the pickers of the forms, the REST list) show a user
-- only the units and cadres that belong to or work in the user's region. assistance_unit and cadre carry no village
-- of their own, so the region is found through what they do there. One definition, with the scope prefix as a
-- parameter like the other scoped queries ('' = everything, '-' = nothing); every listing calls these functions.

-- A unit works in the region when its own region lies in it, it helps (联村) a village of it, or it sent a work
-- team to a village of it. Any date: a past link still explains the unit's past pairings and teams.
create function unit_works_in(p_unit bigint, p_prefix text) returns boolean
    language sql stable as $$
    select p_prefix = ''
        or exists (select 1 from assistance_unit u where u.id = p_unit and starts_with(u.region_code, p_prefix))
        or exists (select 1 from unit_village l where l.unit_id = p_unit and starts_with(l.village_code, p_prefix))
        or exists (select 1 from work_team t where t.unit_id = p_unit and starts_with(t.village_code, p_prefix))
$$;

-- A cadre belongs to the region when their unit works in it, or they themselves are paired with a household
-- (结对), visited one, serve in a work team or lead (the "3" of 3+2+1) in a village of it, at any date.
create function cadre_works_in(p_cadre bigint, p_prefix text) returns boolean
    language sql stable as $$
    select p_prefix = ''
        or exists (select 1 from cadre c where c.id = p_cadre and unit_works_in(c.unit_id, p_prefix))
        or exists (select 1 from pairing p where p.cadre_id = p_cadre and starts_with(p.village_code, p_prefix))
        or exists (select 1 from visit v where v.cadre_id = p_cadre and starts_with(v.village_code, p_prefix))
        or exists (select 1 from work_team_member m where m.cadre_id = p_cadre and starts_with(m.village_code, p_prefix))
        or exists (select 1 from village_leader l where l.cadre_id = p_cadre and starts_with(l.village_code, p_prefix))
$$;

-- The units shown: those working in the region and the units of the cadres shown.
create function unit_shown_in(p_unit bigint, p_prefix text) returns boolean
    language sql stable as $$
    select unit_works_in(p_unit, p_prefix)
        or exists (select 1 from cadre c where c.unit_id = p_unit and cadre_works_in(c.id, p_prefix))
$$;

create index unit_village_unit_idx on unit_village (unit_id);
create index work_team_unit_idx on work_team (unit_id);
create index work_team_member_cadre_idx on work_team_member (cadre_id);
create index village_leader_cadre_idx on village_leader (cadre_id);
