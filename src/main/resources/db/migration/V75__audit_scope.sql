-- Issue #23: a township auditor saw the whole county's audit log. Each event now keeps the region prefix of the
-- user who caused it ('' = the console or the whole country); an auditor sees the events of their own region's
-- users. Events written before this change have no scope and are seen only by auditors of the whole country.
alter table audit_event add column scope text collate "C";
create index audit_event_scope_idx on audit_event (scope, id);
