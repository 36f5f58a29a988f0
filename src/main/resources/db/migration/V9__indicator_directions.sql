-- Direction labels of indicator sets as data, for imports of provincial indicator tables (issue #8).
insert into dictionary_entry (dictionary, code, label, aliases, sort_order, valid_from, valid_to) values
('INDICATOR_DIRECTION', 'POSITIVE', '正指标', '{"正向","+","≥"}', 0, 2000, null),
('INDICATOR_DIRECTION', 'NEGATIVE', '逆指标', '{"逆向","负向","-","−","≤"}', 1, 2000, null),
('INDICATOR_DIRECTION', 'INTERVAL', '区间指标', '{"区间"}', 2, 2000, null),
('INDICATOR_DIRECTION', 'COMPOSITE', '综合指标', '{"综合","指数"}', 3, 2000, null);
