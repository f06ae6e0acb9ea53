UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
