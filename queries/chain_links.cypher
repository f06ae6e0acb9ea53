// Every link a responsibility chain through $id may follow (graph/responsibility.py), one
// row per statement as links_and_ends gives them, and the nodes at their ends: the levels
// graph/chain_links.py reads one call each, in one query. From the start: what it
// concerns and the bodies it holds roles in, their duties; the activities (its own, or
// those duties'), the documents owning them; the documents (it, what it concerns, those
// owners), all they implement or complement up to ten steps, their adoptions and
// activities; who is responsible for every activity, and who holds roles there.
MATCH (s:Entity {id: $id})
CALL (s) {
  OPTIONAL MATCH (s)-[r:CONCERNS|HOLDS_ROLE]->(:Entity)
  RETURN collect(r) AS first
}
CALL (first) {
  UNWIND [x IN first WHERE type(x) = 'HOLDS_ROLE' | endNode(x)] AS body
  MATCH (body)-[r:RESPONSIBLE_FOR]->(:Entity)
  RETURN collect(r) AS duties
}
WITH s, first, duties,
     [x IN duties | endNode(x)] + CASE WHEN s:Activity THEN [s] ELSE [] END AS activities
CALL (activities) {
  UNWIND activities AS a
  MATCH (a)<-[r:HAS_ACTIVITY]-(:Entity)
  RETURN collect(r) AS owners
}
WITH s, first + duties + owners AS rels, activities,
     CASE WHEN s:Document THEN [s] ELSE [] END
       + [x IN first WHERE type(x) = 'CONCERNS' AND endNode(x):Document | endNode(x)]
       + [x IN owners | startNode(x)] AS documents
CALL (documents) {
  UNWIND documents AS d
  MATCH (d)-[:IMPLEMENTS|COMPLEMENTS*0..10]->(u:Entity)
  WITH DISTINCT u
  MATCH (u)-[r:IMPLEMENTS|COMPLEMENTS]->(:Entity)
  RETURN collect(r) AS upward
}
CALL (documents) {
  UNWIND documents AS d
  MATCH (d)<-[r:ADOPTED]-(:Entity)
  RETURN collect(r) AS adopted
}
CALL (documents) {
  UNWIND documents AS d
  MATCH (d)-[r:HAS_ACTIVITY]->(:Entity)
  RETURN collect(r) AS owned
}
WITH s, rels + upward + adopted + owned AS rels, activities + [x IN owned | endNode(x)] AS served
CALL (served) {
  UNWIND served AS a
  MATCH (a)<-[r:RESPONSIBLE_FOR]-(:Entity)
  RETURN collect(r) AS responsible
}
CALL (responsible) {
  UNWIND [x IN responsible | startNode(x)] AS body
  MATCH (body)<-[r:HOLDS_ROLE]-(:Entity)
  RETURN collect(r) AS roles
}
CALL (rels, responsible, roles) {
  UNWIND rels + responsible + roles AS r
  WITH DISTINCT r
  RETURN collect({type: type(r), from_id: startNode(r).id, to_id: endNode(r).id,
                  date: r.date, date_precision: r.date_precision, title: r.title,
                  source_id: r.source_id, start: r.start, end: r.end, quote: r.quote,
                  rule: r.rule, confidence: r.confidence, page: r.page,
                  section: r.section, end_page: r.end_page}) AS rows,
         collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends
}
RETURN rows,
       [n IN [s] + ends | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
                          props: properties(n)}] AS nodes
