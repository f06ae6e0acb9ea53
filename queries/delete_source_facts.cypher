// A source's facts: its MENTIONS, and the relationships whose evidence cites it,
// found by an index seek per relationship type (queries/schema.cypher), so that a
// node many sources name (a county board, a national agency) is never expanded.
MATCH (:Source {id: $source_id})-[m:MENTIONS]->()
DELETE m
WITH count(*) AS mentions
CALL () {
  MATCH ()-[r:REVISES {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:IMPLEMENTS {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:COMPLEMENTS {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ADOPTED {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:DECIDED {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONCERNS {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ISSUED {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HAS_GOAL {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HAS_ACTIVITY {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RESPONSIBLE_FOR {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATES_IN {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:COORDINATES {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FOLLOWS_UP {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FUNDS {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {source_id: $source_id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE {source_id: $source_id}]->() RETURN r
}
DELETE r
