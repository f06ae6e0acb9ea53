MATCH (r:PersonRestriction {person_id: $id})
DELETE r
RETURN count(*) AS n
