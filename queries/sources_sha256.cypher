// The content hash of each of these sources that is stored.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.sha256 AS sha256
