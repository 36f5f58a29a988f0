-- The exclusion rules of domain.md §2.2 that other departments' lists can check, for every year of the registry.
-- Counties change them (thresholds, exceptions, enabled) per year in this table.
insert into comparison_rule (year, code, list_type, consequence, min_amount, categories, excluded_categories,
                             statuses, excluded_statuses, description, source)
select y, r.code, r.list_type, r.consequence, r.min_amount, r.categories, r.excluded_categories, r.statuses,
       r.excluded_statuses, r.description, r.source
from generate_series(2013, 2030) as y,
     (values
        ('VEHICLE_PURCHASE', 'VEHICLE', 'REMOVAL', 30000.00::numeric, null::text[],
         array['残疾人机动轮椅车', '残疾人代步车', '残疾人专用车'], null::text[], '{}'::text[],
         '家庭成员拥有购买价 3 万元及以上的机动车（残疾人代步车除外）', '[S17][S18][S19] 公安车管'),
        ('PUBLIC_PAYROLL', 'PAYROLL', 'REMOVAL', null, null, '{}', null, '{}',
         '家庭成员为财政供养人员', '[S17][S18][S19][S35] 财政/编办/人社'),
        ('COMMERCIAL_PROPERTY', 'PROPERTY', 'REMOVAL', null, array['商品房', '门面房', '商铺'], '{}', null,
         array['易地扶贫搬迁', '易地搬迁安置', '灾后重建', '征收拆迁'],
         '在城镇购买商品房、门面房或商铺（易地搬迁、灾后重建、征收拆迁除外）', '[S17][S18][S19][S35] 住建/不动产'),
        ('OPERATING_COMPANY', 'COMPANY', 'CLOSE_REVIEW', null, array['法定代表人', '股东', '投资人', '经营者'], '{}',
         array['存续', '在业', '开业'], '{}',
         '家庭成员注册公司或企业并实际经营（严审）', '[S17][S18][S19] 市场监管'),
        ('DEATH', 'DEATH', 'NATURAL_DECREASE', null, null, '{}', null, '{}',
         '家庭成员已死亡（自然减少）', '[S18] 公安/民政')
     ) as r(code, list_type, consequence, min_amount, categories, excluded_categories, statuses, excluded_statuses,
            description, source);
