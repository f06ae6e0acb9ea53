MATCH (:Source {id: $source_id})-[:MENTIONS]->(n:Entity)
RETURN DISTINCT n.id AS id
