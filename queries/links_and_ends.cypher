// The links of $types leaving ($direction 'OUTGOING') or reaching ('INCOMING') the nodes
// $ids, one row per statement as links_from/links_to give them, each with the node at
// its other end: links_of and get_nodes in one round trip (graph/responsibility.py,
// schema/context.py). The expansion is typed; $types narrows it.
// One row: the rows in a list of maps (a record each cost the driver ~20 us).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:{TYPES}]-(b:Entity)
USING INDEX SEEK a:Entity(id)
WHERE type(r) IN $types AND ($direction = 'OUTGOING') = (startNode(r) = a)
WITH DISTINCT r, b
RETURN collect({type: type(r), from_id: startNode(r).id, to_id: endNode(r).id, date: r.date,
                date_precision: r.date_precision, title: r.title, source_id: r.source_id,
                start: r.start, end: r.end, quote: r.quote, rule: r.rule,
                confidence: r.confidence, page: r.page, section: r.section,
                end_page: r.end_page, end_id: b.id,
                end_label: [l IN labels(b) WHERE l <> 'Entity'][0],
                end_props: properties(b)}) AS rows
