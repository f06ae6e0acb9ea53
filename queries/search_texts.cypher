// Search (graph/search.py scores what this returns, from the stems kept at write time):
// each index's $limit best hits for any of the stems. A quote row is one end of a
// matching relationship, with that node's name stems; a name row has a null ref. Source
// nodes are not searched; what orders equally good quotes is read for the hits shown
// only (quote_evidence). The rows come in one list: a record each cost the driver more
// than the index (30,000 for a common word, two thirds of the search).
CALL () {
  CALL db.index.fulltext.queryRelationships('search_quotes', $match, {limit: $limit})
  YIELD relationship AS r
  UNWIND [startNode(r), endNode(r)] AS n
  WITH r, n WHERE NOT n:Source
  RETURN n.id AS node_id, coalesce(n.name_stems, '') AS name_stems, elementId(r) AS ref,
         coalesce(r.stems, '') AS stems
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_names', $match, {limit: $limit}) YIELD node AS n
  RETURN n.id AS node_id, coalesce(n.name_stems, '') AS name_stems, null AS ref,
         '' AS stems
}
RETURN collect([node_id, name_stems, ref, stems]) AS rows
