-- The sources a lineage's quotes cite (:ids, a JSON array), without their text: the
-- answer names where each quote is from, never the whole text.
SELECT id, json_remove(props, '$.text') AS props FROM nodes
WHERE id IN (SELECT value FROM json_each(:ids)) AND label = 'Source'
