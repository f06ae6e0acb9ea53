// Search scored in the store, by graph/search.py's rule: 0.6 x the share of query stems
// that start a stem of the node's name + 0.4 x the same share in its best quote; the
// best quotes (at most 3) of each of the first $first hits. $stems are the query's
// Swedish stems (graph.text_match.query_stems). Shared by the raw Cypher of
// bench/national_cypher.py and the peer's Query.search.
WITH $stems AS stems,
     reduce(q = '', s IN $stems | q + CASE q WHEN '' THEN '' ELSE ' OR ' END + s + '*') AS lucene
CALL (lucene) {
  CALL db.index.fulltext.queryNodes('search_names', lucene) YIELD node
  RETURN node AS n
  UNION
  CALL db.index.fulltext.queryRelationships('search_quotes', lucene) YIELD relationship
  UNWIND [startNode(relationship), endNode(relationship)] AS n
  WITH n WHERE NOT n:Source
  RETURN n
}
CALL (n, stems) {
  OPTIONAL MATCH (n)-[r]-() WHERE r.stems IS NOT NULL
  WITH r, toFloat(size([q IN stems WHERE any(s IN split(r.stems, ' ') WHERE s STARTS WITH q)]))
          / size(stems) AS share
  ORDER BY share DESC, coalesce(r.source_id, startNode(r).id), r.start, r.rule
  RETURN coalesce(max(share), 0.0) AS best,
         [x IN collect({share: share, r: r}) WHERE x.share > 0][..3] AS quotes
}
WITH n, quotes, best,
     toFloat(size([q IN stems WHERE any(s IN split(coalesce(n.name_stems, ''), ' ')
                                      WHERE s STARTS WITH q)])) / size(stems) AS name
WITH n, quotes, round(0.6 * name + 0.4 * best, 4) AS score
WHERE score > 0
ORDER BY score DESC, n.id
LIMIT $first
CALL (quotes) {
  UNWIND quotes AS x
  MATCH (s:Source {id: coalesce(x.r.source_id, startNode(x.r).id)})
  RETURN collect({quote: x.r.quote, uri: s.uri}) AS evidence
}
RETURN {score: score, id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
        evidence: evidence} AS hit
