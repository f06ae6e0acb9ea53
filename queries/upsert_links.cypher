// Static relationship types: Neo4j 5.26.0 caches the first type a MERGE with
// a dynamic type $(...) sees and reuses it for every later row and query.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from_id})
MATCH (b:Entity {id: row.to_id})
//@each type
FOREACH (_ IN CASE row.type WHEN '{TYPE}' THEN [1] ELSE [] END |
  MERGE (a)-[r:{TYPE} {key: row.key}]->(b) SET r += row.props)
//@end
