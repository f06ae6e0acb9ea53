// The peer's Query.lineage: what stratgraph's Lineage answers, in one statement. The
// walk keeps each node's least depth (a breadth-first expand); Cypher takes no length
// bound as a parameter, so server.mjs writes one branch per depth into the CALL below,
// and the branch of $maxDepth runs. Then the nearest $maxNodes nodes, and the links among
// them that the walk stepped along, each with its first $evidence quotes.
MATCH (root:Entity {id: $id})
CALL (root) {
{WALKS}
}
WITH root, m, depth
ORDER BY depth, m.id
WITH root, [x IN collect({n: m, depth: depth}) WHERE x.n IS NOT NULL] AS reached
WITH size(reached) >= $maxNodes AS truncated,
     [{n: root, depth: 0}] + reached[..$maxNodes - 1] AS kept
WITH truncated, kept, [k IN kept | k.n] AS nodes
CALL (kept) {
  UNWIND kept AS k
  WITH k.n AS n, k.depth AS depth
  RETURN collect(n {.id, .title, .kind, .level, .period_start, .period_end, .adopted_on,
                    .name, .code, .party, .date, .summary, .description, .text,
                    label: [l IN labels(n) WHERE l <> 'Entity'][0], depth: depth}) AS found
}
CALL (kept, nodes) {
  UNWIND kept AS k
  WITH k.n AS a, nodes WHERE k.depth < $maxDepth
  MATCH (a)-[r:{TYPES}]-(b)
  WHERE b IN nodes
  WITH DISTINCT r
  WITH startNode(r) AS a, type(r) AS type, endNode(r) AS b, r
  ORDER BY r.source_id, r.start, r.end, r.rule
  WITH a, type, b, collect(r)[..$evidence] AS quotes
  UNWIND quotes AS q
  MATCH (s:Source {id: q.source_id})
  WITH a, type, b, collect({quote: q.quote, page: q.page, rule: q.rule,
                            confidence: q.confidence, uri: s.uri,
                            published_on: s.published_on}) AS evidence, min(quotes[0].date) AS date
  RETURN collect({type: type, date: date, from: a.id, to: b.id, evidence: evidence}) AS links
}
RETURN {nodes: found, links: links, truncated: truncated} AS answer
