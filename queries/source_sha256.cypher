MATCH (s:Source {id: $id})
RETURN s.sha256 AS sha256
