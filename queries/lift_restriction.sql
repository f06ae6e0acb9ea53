DELETE FROM person_restrictions WHERE person_id = :id
