-- Issue #18: the count of 助农POS终端 (POS terminals of the basic finance service) in a village, next to the finance
-- service points (FINANCE_POINT); the source article for the demo county reports both (28 points, 176 terminals).
insert into dictionary_entry (dictionary, code, label, aliases, sort_order, valid_from, valid_to) values
('FACILITY_TYPE', 'POS_TERMINAL', '助农POS终端', '{"POS_TERMINAL","POS终端","POS机"}', 9, 2013, null);
