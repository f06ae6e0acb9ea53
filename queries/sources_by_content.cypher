// For each content hash, a stored source with it (the first by id), by index.
UNWIND $hashes AS sha256
MATCH (s:Source {sha256: sha256})
WITH sha256, s
ORDER BY s.id
WITH sha256, collect(s)[0] AS s
RETURN sha256, s.id AS id, properties(s) AS props
