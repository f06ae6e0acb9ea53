-- A stored source with this content hash (the first by id), by the partial index.
SELECT id, props FROM nodes
WHERE label = 'Source' AND json_extract(props, '$.sha256') = :sha256
ORDER BY id
LIMIT 1
