// One level of a lineage walk (graph/lineage.py): the distinct nodes one link of $types
// away from any of $ids, in $direction. The expand is typed (every link type, never
// MENTIONS); the requested types and direction filter it. One row, the ids in a list:
// a row per id cost the driver a message each (4,400 at depth 4, a third of the read).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:{TYPES}]-(b:Entity)
USING INDEX SEEK a:Entity(id)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
RETURN collect(DISTINCT b.id) AS ids
