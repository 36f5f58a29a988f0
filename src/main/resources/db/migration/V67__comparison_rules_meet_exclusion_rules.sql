-- Issue #16: a confirmed comparison hit enters the household's identification verdict as the exclusion rule it
-- meets (识别排除条件, V12), with its evidence. Which exclusion rule a comparison rule stands for is data.
alter table comparison_rule add column exclusion_rule text;
update comparison_rule set exclusion_rule = case list_type
    when 'VEHICLE' then 'VEHICLE'
    when 'PAYROLL' then 'PUBLIC_EMPLOYEE'
    when 'PROPERTY' then 'COMMERCIAL_HOUSING'
    when 'COMPANY' then 'ENTERPRISE'
    end;
