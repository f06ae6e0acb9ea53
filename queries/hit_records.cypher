// What search shows of its best hits (graph/search.py): the nodes $ids, the evidence of
// the quotes $refs (relationship element ids, read moments before by search_texts) and,
// with $with_sources, the sources those quotes cite: get_nodes, quote_evidence and
// get_nodes again, in one round trip.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  USING INDEX SEEK n:Entity(id)
  RETURN collect({id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
                  props: properties(n)}) AS nodes
}
CALL () {
  UNWIND $refs AS ref
  MATCH (a)-[r]->() WHERE elementId(r) = ref
  RETURN collect({ref: ref, source_id: coalesce(r.source_id, a.id), start: r.start,
                  end: r.end, quote: r.quote, rule: r.rule, confidence: r.confidence,
                  page: r.page, section: r.section, end_page: r.end_page}) AS evidence
}
CALL (evidence) {
  UNWIND CASE WHEN $with_sources THEN evidence ELSE [] END AS e
  WITH DISTINCT e.source_id AS sid
  MATCH (s:Entity {id: sid})
  USING INDEX SEEK s:Entity(id)
  RETURN collect({id: s.id, label: [l IN labels(s) WHERE l <> 'Entity'][0],
                  props: properties(s)}) AS sources
}
RETURN nodes, evidence, sources
