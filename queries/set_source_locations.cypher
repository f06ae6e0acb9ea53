MATCH (s:Source {id: $id})
SET s.also_at = $also_at
