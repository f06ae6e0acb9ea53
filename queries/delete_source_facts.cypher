// A source's facts: its MENTIONS, and the relationships whose evidence cites it,
// found by an index seek per relationship type (queries/schema.cypher), so that a
// node many sources name (a county board, a national agency) is never expanded.
MATCH (:Source {id: $source_id})-[m:MENTIONS]->()
DELETE m
WITH count(*) AS mentions
CALL () {
//@each type joined by   UNION ALL
  MATCH ()-[r:{TYPE} {source_id: $source_id}]->() RETURN r
//@end
}
DELETE r
