// Restricted people, with their names (from their nodes) for the API to withhold.
MATCH (r:PersonRestriction)
OPTIONAL MATCH (p:Person {id: r.person_id})
RETURN r.person_id AS person_id, r.alias AS alias, p.name AS name
ORDER BY person_id
