-- Issue #23: a masked ID number shows its first 6 characters and its last one only. The former mask (first 6 and
-- last 4) beside the stored and shown birth date gave the whole number back. The full numbers stay encrypted.
update person set id_masked = left(id_masked, 6) || repeat('*', length(id_masked) - 7) || right(id_masked, 1)
where length(id_masked) >= 10;
update external_record set id_masked = left(id_masked, 6) || repeat('*', length(id_masked) - 7) || right(id_masked, 1)
where length(id_masked) >= 10;
update comparison_hit set person_id_masked = left(person_id_masked, 6) || repeat('*', length(person_id_masked) - 7)
    || right(person_id_masked, 1)
where length(person_id_masked) >= 10;
