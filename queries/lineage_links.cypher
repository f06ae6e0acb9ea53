// The links a lineage walk stepped along (graph/neo4j_reads.py): of $types, from a node of
// $inner (the kept nodes short of the last level) the walk's way ($direction), to one of
// $kept; one row per statement; the sources their quotes cite, without their text; and
// the kept nodes themselves (one round trip and one record instead of one per node).
// One text for every walk (types and direction are parameters, as in walk_level.cypher),
// so that Neo4j plans it once: a text per walk shape cost 0.4 s of planning per shape,
// which a loaded server's read timeout did not always allow.
UNWIND $inner AS id
MATCH (a:Entity {id: id})-[r:{TYPES}]-(b:Entity)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
  AND b.id IN $kept
WITH DISTINCT r
WITH collect([type(r), startNode(r).id, endNode(r).id, r.date, r.date_precision, r.title,
              r.source_id, r.start, r.end, r.quote, r.rule, r.confidence, r.page,
              r.section, r.end_page]) AS links,
     collect(DISTINCT r.source_id) AS cited
CALL (cited) {
  UNWIND cited AS sid
  MATCH (s:Source {id: sid})
  RETURN collect([s.id, s {.*, text: null}]) AS sources
}
CALL () {
  UNWIND $kept AS kid
  MATCH (n:Entity {id: kid})
  RETURN collect([n.id, [l IN labels(n) WHERE l <> 'Entity'][0], properties(n)]) AS nodes
}
RETURN links, sources, nodes
