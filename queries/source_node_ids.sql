SELECT DISTINCT node_id AS id FROM mentions WHERE source_id = :source_id
UNION
SELECT from_id FROM links WHERE source_id = :source_id
UNION
SELECT to_id FROM links WHERE source_id = :source_id
