UNWIND $rows AS row
MATCH (s:Source {id: row.source_id})
MATCH (n:Entity {id: row.node_id})
MERGE (s)-[m:MENTIONS {key: row.key}]->(n)
SET m += row.props
