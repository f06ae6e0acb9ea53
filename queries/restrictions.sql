-- Restricted people, with their names (from their nodes) for the API to withhold.
SELECT r.person_id, r.alias, json_extract(n.props, '$.name') AS name
FROM person_restrictions r LEFT JOIN nodes n ON n.id = r.person_id
ORDER BY r.person_id
