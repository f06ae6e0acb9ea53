// A whole lineage in one typed query (graph/lineage.py). {LEFT}, {RIGHT}, {DEPTH} and
// {WALKED} are filled in by graph/neo4j_reads.py from the Direction and LinkType enums
// and a checked depth, and the level block is repeated once per level, {LEVEL} its
// number (Cypher takes neither a relationship type nor a length bound as a parameter).
// The walk goes breadth first, one level per block, and stops expanding after the
// level at which it has found more than $max_nodes nodes, as graph.lineage.walk does;
// then the nearest $max_nodes (by depth, then id); the links the walk stepped along
// among them (from a node short of the last level, the walk's way); and the sources
// their quotes cite, without their text.
MATCH (root:Entity {id: $id})
WITH [root] AS frontier, [root] AS seen, [{n: root, depth: 0}] AS found
//@level
CALL (frontier, seen) {
  UNWIND CASE WHEN size(seen) > $max_nodes THEN [] ELSE frontier END AS a
  MATCH (a){LEFT}[:{WALKED}]{RIGHT}(b:Entity)
  WITH DISTINCT b
  WHERE NOT b IN seen
  RETURN collect(b) AS next
}
WITH next AS frontier, seen + next AS seen, found + [b IN next | {n: b, depth: {LEVEL}}] AS found
//@end
UNWIND found AS f
WITH f ORDER BY f.depth, f.n.id
WITH collect(f) AS reached
WITH reached[..$max_nodes] AS kept, size(reached) > $max_nodes AS cut
WITH kept, cut, [k IN kept | k.n] AS nodes
CALL (kept, nodes) {
  UNWIND kept AS k
  WITH k.n AS a, nodes
  WHERE k.depth < {DEPTH}
  MATCH (a){LEFT}[r:{WALKED}]{RIGHT}(b)
  WHERE b IN nodes
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
RETURN [k IN kept | [k.n.id, k.depth, [l IN labels(k.n) WHERE l <> 'Entity'][0],
                     properties(k.n)]] AS nodes,
       links, sources, cut
