-- Issue #16: 转移性收入 in items (domain.md §1.5), so that the exit test can leave out what the province does not
-- count (one-off and policy transfers: medical reimbursement, 危改 subsidy, 雨露计划, 临时救助 — what third-party
-- evaluation counts as 错退). Null = the file gave only the total.
alter table household add column transfer_items jsonb;

-- Which items count towards the exit income; 0 = left out. Policy transfers are left out by default ([S7]
-- 不计入家庭稳定脱贫收入: 教育、医疗、住房保障类); counties that also leave out 基础养老金 or C 类低保金 ([S8], [S9p])
-- set those to 0 for their prefix.
insert into policy_parameter (name, region_prefix, year_from, value, source) values
('EXIT_COUNTS_TRANSFER.PENSION', '', 2014, 1, 'domain.md §1.5 纯收入公式 (转移性收入计入)'),
('EXIT_COUNTS_TRANSFER.DIBAO', '', 2014, 1, 'domain.md §1.5 纯收入公式 (转移性收入计入)'),
('EXIT_COUNTS_TRANSFER.SUPPORT', '', 2014, 1, 'domain.md §1.5 纯收入公式 (转移性收入计入)'),
('EXIT_COUNTS_TRANSFER.ECOLOGICAL', '', 2014, 1, 'domain.md §1.5 纯收入公式 (转移性收入计入)'),
('EXIT_COUNTS_TRANSFER.OTHER_POLICY', '', 2014, 0, 'domain.md §1.5 [S7] 政策性、一次性转移收入不计入稳定脱贫收入'),
('EXIT_COUNTS_TRANSFER.OTHER', '', 2014, 1, 'domain.md §1.5 纯收入公式 (转移性收入计入)');
