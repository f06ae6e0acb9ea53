// Static relationship types: Neo4j 5.26.0 caches the first type a MERGE with
// a dynamic type $(...) sees and reuses it for every later row and query.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from_id})
MATCH (b:Entity {id: row.to_id})
FOREACH (_ IN CASE row.type WHEN 'REVISES' THEN [1] ELSE [] END |
  MERGE (a)-[r:REVISES {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'IMPLEMENTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:IMPLEMENTS {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'COMPLEMENTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:COMPLEMENTS {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'SIGNED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SIGNED {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'ADOPTED' THEN [1] ELSE [] END |
  MERGE (a)-[r:ADOPTED {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'DECIDED' THEN [1] ELSE [] END |
  MERGE (a)-[r:DECIDED {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'CONCERNS' THEN [1] ELSE [] END |
  MERGE (a)-[r:CONCERNS {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'ISSUED' THEN [1] ELSE [] END |
  MERGE (a)-[r:ISSUED {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'HAS_GOAL' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAS_GOAL {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'HAS_ACTIVITY' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAS_ACTIVITY {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'RESPONSIBLE_FOR' THEN [1] ELSE [] END |
  MERGE (a)-[r:RESPONSIBLE_FOR {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'PARTICIPATES_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTICIPATES_IN {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'COORDINATES' THEN [1] ELSE [] END |
  MERGE (a)-[r:COORDINATES {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'FOLLOWS_UP' THEN [1] ELSE [] END |
  MERGE (a)-[r:FOLLOWS_UP {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'FUNDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:FUNDS {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {key: row.key}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'HOLDS_ROLE' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS_ROLE {key: row.key}]->(b) SET r += row.props)
