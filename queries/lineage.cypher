// A whole lineage walk in one query (graph/neo4j_reads.py): breadth first from $id along
// links of $types the walk's way ($direction), level by level to $max_depth, stopping after
// the level that passes $max_nodes (as graph.lineage_rows.walk_depths does); then the
// nearest $max_nodes nodes (by depth, then id), the links the walk stepped along among
// them, the sources their quotes cite (without their text) and the kept nodes.
// The level block is repeated for every level the API allows (lineage_rows.MAX_DEPTH,
// by queries.repeat_levels), each guarded by $max_depth, so that every walk has one
// text and Neo4j plans it once: a text per walk shape cost 0.4 s of planning per shape.
WITH [$id] AS frontier, [$id] AS seen, [[$id]] AS levels
//@each level
CALL (frontier, seen) {
  WITH frontier, seen
  WHERE size(frontier) > 0 AND size(seen) <= $max_nodes AND {LEVEL} <= $max_depth
  UNWIND frontier AS id
  // From each node of the level outwards (the hint: for a level it expects to be large,
  // the planner would scan every Entity's id and join); the far end is filtered after
  // the expand, as a condition on it in the MATCH had the planner start there.
  MATCH (a:Entity {id: id})-[r:{TYPES}]-(b)
  USING INDEX SEEK a:Entity(id)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
  // No list rides along a DISTINCT: Neo4j counts a carried list's memory on every
  // kept row, which at a national graph's depth 4 passed the transaction limit.
  WITH DISTINCT b.id AS found
  ORDER BY found
  RETURN collect(found) AS next
}
WITH [f IN next WHERE NOT f IN seen] AS next, seen, levels
WITH next AS frontier, seen + next AS seen, levels + [next] AS levels
//@end
WITH levels, reduce(a = [], l IN levels | a + l) AS reached
WITH levels, reached[..$max_nodes] AS kept, size(reached) > $max_nodes AS cut,
     reduce(a = [], l IN levels[..$max_depth] | a + l) AS short
WITH levels, kept, cut, [i IN short WHERE i IN kept] AS inner
CALL (inner, kept) {
  UNWIND inner AS id
  MATCH (a:Entity {id: id})-[r:{TYPES}]-(b)
  USING INDEX SEEK a:Entity(id)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
  WITH r, b.id AS far, kept
  WHERE far IN kept
  WITH DISTINCT r
  RETURN collect([type(r), startNode(r).id, endNode(r).id, r.date, r.date_precision, r.title,
                  r.source_id, r.start, r.end, r.quote, r.rule, r.confidence, r.page,
                  r.section, r.end_page]) AS links,
         collect(DISTINCT r.source_id) AS cited
}
CALL (cited) {
  UNWIND cited AS sid
  MATCH (s:Source {id: sid})
  RETURN collect([s.id, s {.*, text: null}]) AS sources
}
CALL (kept) {
  UNWIND kept AS kid
  MATCH (n:Entity {id: kid})
  RETURN collect([n.id, [l IN labels(n) WHERE l <> 'Entity'][0], properties(n)]) AS nodes
}
RETURN levels, cut, links, sources, nodes
