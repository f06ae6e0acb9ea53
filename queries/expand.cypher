// One breadth-first step: the neighbours of a frontier along links of $types.
// Neo4j cannot take a variable-length bound as a parameter, so the walk is stepped.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types
  AND ($direction = 'BOTH'
       OR ($direction = 'OUTGOING' AND startNode(r) = n)
       OR ($direction = 'INCOMING' AND endNode(r) = n))
RETURN DISTINCT m.id AS id
