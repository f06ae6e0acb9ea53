// The links of one type ({TYPE}, filled in from graph.edges.LinkType by
// graph.neo4j_write): a static type, since Neo4j 5.26.0 caches the first type a MERGE
// with a dynamic type $(...) sees and reuses it for every later row and query.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from_id})
MATCH (b:Entity {id: row.to_id})
MERGE (a)-[r:{TYPE} {key: row.key}]->(b)
SET r += row.props
