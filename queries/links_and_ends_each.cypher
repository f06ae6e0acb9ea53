// The links each request {id, direction, types} asks for, once each, and the nodes at
// their ends away from the asking node (graph/link_requests.py reads the same with a
// links_and_ends per direction): the links of an organisation's fields in both
// directions and of its decisions, in one round trip. The expansion is typed.
// One row: the rows and nodes in lists of maps (a record each cost the driver ~20 us).
UNWIND $requests AS q
MATCH (a:Entity {id: q.id})-[r:{TYPES}]-(b:Entity)
USING INDEX SEEK a:Entity(id)
WHERE type(r) IN q.types AND (q.direction = 'OUTGOING') = (startNode(r) = a)
WITH collect(DISTINCT r) AS rs, collect(DISTINCT b) AS bs
RETURN [r IN rs | {type: type(r), from_id: startNode(r).id, to_id: endNode(r).id,
                   date: r.date, date_precision: r.date_precision, title: r.title,
                   source_id: r.source_id, start: r.start, end: r.end, quote: r.quote,
                   rule: r.rule, confidence: r.confidence, page: r.page,
                   section: r.section, end_page: r.end_page}] AS rows,
       [n IN bs | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
                   props: properties(n)}] AS nodes
