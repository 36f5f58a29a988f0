-- National rural poverty line at current prices (domain.md §3.1). "verified" marks the values with a source;
-- the others are the commonly cited values, kept so that checks can run, and flagged.
insert into poverty_line (year, standard, region_prefix, amount, verified, source) values
(2010, 'NATIONAL', '', 2300.00, true,  'domain.md §3.1 [S20]'),
(2011, 'NATIONAL', '', 2536.00, false, 'domain.md §3.1 (unverified)'),
(2012, 'NATIONAL', '', 2625.00, false, 'domain.md §3.1 (unverified)'),
(2013, 'NATIONAL', '', 2736.00, true,  'domain.md §3.1 [S10][S11]'),
(2014, 'NATIONAL', '', 2800.00, false, 'domain.md §3.1 (unverified)'),
(2015, 'NATIONAL', '', 2855.00, true,  'domain.md §3.1 [S13b][S14]'),
(2016, 'NATIONAL', '', 2952.00, false, 'domain.md §3.1 (unverified)'),
(2017, 'NATIONAL', '', 2952.00, false, 'domain.md §3.1 (unverified)'),
(2018, 'NATIONAL', '', 2995.00, false, 'domain.md §3.1 (unverified)'),
(2019, 'NATIONAL', '', 3218.00, false, 'domain.md §3.1 (unverified)'),
(2020, 'NATIONAL', '', 4000.00, false, 'domain.md §3.1 [S22] (approximate)');
