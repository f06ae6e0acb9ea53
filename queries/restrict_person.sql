-- A restriction already in force keeps its alias and its time.
INSERT INTO person_restrictions (person_id, alias, restricted_at)
VALUES (:id, :alias, :restricted_at)
ON CONFLICT (person_id) DO NOTHING
