-- Issue #16: a member insured by 城镇职工基本医疗保险 is insured (domain.md §1.3, rule 5 of §8: 城乡居民医保 or
-- 城镇职工医保), and a child exempt from school (送教上门, or 休学 with its reason, domain.md §4 [S30]) is no dropout.
-- Both are optional columns of the registry template; null = not reported.
alter table person add column employee_medical_insurance boolean;
alter table person add column schooling_exemption text check (length(schooling_exemption) between 2 and 60);

-- The forms of exemption, as a code list: 送教上门, or 休学 (which must name its reason: 休学：长期住院).
insert into dictionary_entry (dictionary, code, label, aliases, sort_order, valid_from, valid_to) values
('SCHOOLING_EXEMPTION', '1', '送教上门', '{}', 0, 2013, null),
('SCHOOLING_EXEMPTION', '2', '休学', '{"因病休学"}', 1, 2013, null);
