-- Issue #20 follow-up, ADR 0038 ("Which cadre a user is"): the explicit link between a user account and the cadre
-- record (帮扶责任人) it is. The column sits on the assistance module's cadre table and points at the access
-- module's app_user, so the dependency runs the same way as in the code (assistance uses access). One account per
-- cadre and one cadre per account; deleting the account drops the link.
alter table cadre add column account text unique references app_user (username) on delete set null;
