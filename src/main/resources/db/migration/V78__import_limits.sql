-- Issue #23: an import bounds its own transaction (statement_timeout, temp_file_limit). temp_file_limit may be set
-- by superusers only, unless granted; the application's restricted role gets that one right (PostgreSQL 15 and
-- later; an older external server keeps its own server-wide setting and the import's statement timeout).
do $$
begin
    execute 'grant set on parameter temp_file_limit to fupin_app';
exception when others then
    raise notice 'temp_file_limit not granted to fupin_app: %', sqlerrm;
end $$;
