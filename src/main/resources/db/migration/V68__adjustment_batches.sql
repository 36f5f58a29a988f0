-- Issue #16: a status change loaded by a confirmed yearly import is a household event of its 动态调整 batch.
alter table household_event add column batch_id bigint references import_batch (id);
