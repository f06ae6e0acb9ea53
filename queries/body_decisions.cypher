// What organisations decided through their bodies (graph/body_decisions.py): the PART_OF
// links down from $ids at any depth, and the DECIDED links of the organisations and every
// body reached, one row per statement as links_and_ends gives them, with the decided
// nodes: graph/body_decisions.py's levels, one call each on SQLite, in one query.
UNWIND $ids AS oid
MATCH (o:Entity {id: oid})
USING INDEX SEEK o:Entity(id)
OPTIONAL MATCH (b:Entity)-[:PART_OF*1..]->(o)
WITH collect(DISTINCT o) + collect(DISTINCT b) AS reached
UNWIND reached AS body
WITH collect(DISTINCT body) AS bodies
CALL (bodies) {
  UNWIND bodies AS body
  MATCH (:Entity)-[r:PART_OF]->(body)
  RETURN collect(r) AS parts
}
CALL (bodies) {
  UNWIND bodies AS body
  MATCH (body)-[r:DECIDED]->(:Entity)
  RETURN collect(r) AS decided
}
CALL (parts, decided) {
  UNWIND parts + decided AS r
  WITH DISTINCT r
  RETURN collect({type: type(r), from_id: startNode(r).id, to_id: endNode(r).id,
                  date: r.date, date_precision: r.date_precision, title: r.title,
                  source_id: r.source_id, start: r.start, end: r.end, quote: r.quote,
                  rule: r.rule, confidence: r.confidence, page: r.page,
                  section: r.section, end_page: r.end_page}) AS rows
}
RETURN rows,
       [n IN collect {
          UNWIND decided AS r
          WITH DISTINCT endNode(r) AS n
          RETURN n
        } | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
             props: properties(n)}] AS nodes
