-- The erasure log and the restrictions (tests only: delete_all keeps them).
DELETE FROM erasures;
DELETE FROM person_restrictions;
