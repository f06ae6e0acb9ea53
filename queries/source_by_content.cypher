// A stored source with this content hash (the first by id), by index.
MATCH (s:Source {sha256: $sha256})
RETURN s.id AS id, properties(s) AS props
ORDER BY id
LIMIT 1
