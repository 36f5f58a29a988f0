-- County development monitoring (issue #8): indicator sets as data, values per region and year.
-- Seed: the NBS 2013 全面建成小康社会 set of 39 indicators (indicators-and-scale.md §1.2). Rows 34-39 have weights and
-- targets that are not verified (verified = false). The composite indices (#12, #26, #37, #38) are entered as their
-- 0-100 score and scored as positive indicators with target 100 until their components are modelled.
create table indicator_set (
    code   text primary key,
    name   text not null,
    source text not null
);

create table indicator (
    set_code    text not null references indicator_set (code),
    code        text not null,
    position    int not null,
    area        text not null,
    name        text not null,
    unit        text not null,
    weight      numeric(8, 3) not null check (weight > 0),
    direction   text not null check (direction in ('POSITIVE', 'NEGATIVE', 'INTERVAL', 'COMPOSITE')),
    target      numeric(20, 6),
    lower       numeric(20, 6),
    upper       numeric(20, 6),
    lower_limit numeric(20, 6),
    upper_limit numeric(20, 6),
    parent_code text,
    verified    boolean not null,
    primary key (set_code, code)
);

create table indicator_value (
    region_code    text collate "C" not null references region (code),
    year           int not null,
    set_code       text not null,
    indicator_code text not null,
    value          numeric(20, 6) not null,
    source         text not null,
    updated_by     text not null,
    updated_at     timestamptz not null default now(),
    primary key (region_code, year, set_code, indicator_code),
    foreign key (set_code, indicator_code) references indicator (set_code, code)
);

alter table indicator_value enable row level security;
alter table indicator_value force row level security;
create policy indicator_value_in_scope on indicator_value
    using (region_code like current_setting('fupin.scope', true) || '%')
    with check (region_code like current_setting('fupin.scope', true) || '%');

insert into indicator_set (code, name, source) values
('NBS2013', '全面建成小康社会统计监测指标体系（2013 年全国统一标准）', 'indicators-and-scale.md §1.2');

insert into indicator (set_code, code, position, area, name, unit, weight, direction, target, verified) values
('NBS2013', '01', 1, '经济发展', '人均GDP(2010年不变价)', '元', 4.0, 'POSITIVE', 57000, true),
('NBS2013', '02', 2, '经济发展', '第三产业增加值占GDP比重', '%', 2.0, 'POSITIVE', 47, true),
('NBS2013', '03', 3, '经济发展', '居民消费支出占GDP比重', '%', 2.5, 'POSITIVE', 36, true),
('NBS2013', '04', 4, '经济发展', 'R&D经费支出占GDP比重', '%', 1.5, 'POSITIVE', 2.5, true),
('NBS2013', '05', 5, '经济发展', '每万人口发明专利拥有量', '件', 1.5, 'POSITIVE', 3.5, true),
('NBS2013', '06', 6, '经济发展', '工业劳动生产率', '万元/人', 2.5, 'POSITIVE', 12, true),
('NBS2013', '07', 7, '经济发展', '互联网普及率', '%', 2.5, 'POSITIVE', 50, true),
('NBS2013', '08', 8, '经济发展', '城镇人口比重', '%', 3.0, 'POSITIVE', 60, true),
('NBS2013', '09', 9, '经济发展', '农业劳动生产率', '万元/人', 2.5, 'POSITIVE', 2, true),
('NBS2013', '10', 10, '民主法制', '基层民主参选率', '%', 3.5, 'POSITIVE', 95, true),
('NBS2013', '11', 11, '民主法制', '每万名公务人员检察机关立案人数', '人/万人', 3.5, 'NEGATIVE', 8, true),
('NBS2013', '12', 12, '民主法制', '社会安全指数', '%', 4.0, 'POSITIVE', 100, true),
('NBS2013', '13', 13, '民主法制', '每万人口拥有律师数', '人', 3.0, 'POSITIVE', 2.3, true),
('NBS2013', '14', 14, '文化建设', '文化及相关产业增加值占GDP比重', '%', 3.0, 'POSITIVE', 5, true),
('NBS2013', '15', 15, '文化建设', '人均公共文化财政支出', '元', 2.5, 'POSITIVE', 200, true),
('NBS2013', '16', 16, '文化建设', '有线广播电视入户率', '%', 3.0, 'POSITIVE', 60, true),
('NBS2013', '17', 17, '文化建设', '每万人口拥有"三馆一站"公用房屋建筑面积', '平方米', 2.5, 'POSITIVE', 450, true),
('NBS2013', '18', 18, '文化建设', '城乡居民文化娱乐服务支出占家庭消费支出比重', '%', 3.0, 'POSITIVE', 6, true),
('NBS2013', '19', 19, '人民生活', '城乡居民人均收入(2010年不变价)', '元', 4.0, 'POSITIVE', 25000, true),
('NBS2013', '20', 20, '人民生活', '地区人均基本公共服务支出差异系数', '%', 1.5, 'NEGATIVE', 40, true),
('NBS2013', '21', 21, '人民生活', '失业率', '%', 2.0, 'NEGATIVE', 6, true),
('NBS2013', '22', 22, '人民生活', '恩格尔系数', '%', 2.0, 'NEGATIVE', 40, true),
('NBS2013', '23', 23, '人民生活', '基尼系数', '-', 1.5, 'NEGATIVE', 0.4, true),
('NBS2013', '24', 24, '人民生活', '城乡居民收入比', '以农为1', 1.5, 'NEGATIVE', 2.8, true),
('NBS2013', '25', 25, '人民生活', '城乡居民家庭住房面积达标率', '%', 2.0, 'POSITIVE', 60, true),
('NBS2013', '26', 26, '人民生活', '公共交通服务指数', '%', 2.0, 'POSITIVE', 100, true),
('NBS2013', '27', 27, '人民生活', '平均预期寿命', '岁', 2.0, 'POSITIVE', 76, true),
('NBS2013', '28', 28, '人民生活', '平均受教育年限', '年', 2.0, 'POSITIVE', 10.5, true),
('NBS2013', '29', 29, '人民生活', '每千人口拥有执业医师数', '人', 1.5, 'POSITIVE', 1.95, true),
('NBS2013', '30', 30, '人民生活', '基本社会保险覆盖率', '%', 3.0, 'POSITIVE', 95, true),
('NBS2013', '31', 31, '人民生活', '农村自来水普及率', '%', 1.5, 'POSITIVE', 80, true),
('NBS2013', '32', 32, '人民生活', '农村卫生厕所普及率', '%', 1.5, 'POSITIVE', 75, true),
('NBS2013', '33', 33, '资源环境', '单位GDP能耗(2010年不变价)', '吨标准煤/万元', 3.0, 'NEGATIVE', 0.6, true),
('NBS2013', '34', 34, '资源环境', '单位GDP水耗(2010年不变价)', '立方米/万元', 3.0, 'NEGATIVE', 110, false),
('NBS2013', '35', 35, '资源环境', '单位GDP建设用地占用面积(2010年不变价)', '公顷/亿元', 3.0, 'NEGATIVE', 60, false),
('NBS2013', '36', 36, '资源环境', '单位GDP二氧化碳排放量(2010年不变价)', '吨/万元', 2.0, 'NEGATIVE', 2.5, false),
('NBS2013', '37', 37, '资源环境', '环境质量指数', '%', 4.0, 'POSITIVE', 100, false),
('NBS2013', '38', 38, '资源环境', '主要污染物排放强度指数', '%', 4.0, 'POSITIVE', 100, false),
('NBS2013', '39', 39, '资源环境', '城市生活垃圾无害化处理率', '%', 3.0, 'POSITIVE', 85, false);
