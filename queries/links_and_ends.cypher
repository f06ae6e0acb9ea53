// The links of $types leaving ($direction 'OUTGOING') or reaching ('INCOMING') the nodes
// $ids, one row per statement as links_from/links_to give them, each with the node at
// its other end: links_of and get_nodes in one round trip (graph/responsibility.py,
// schema/context.py). The expansion is typed; $types narrows it.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:{TYPES}]-(b:Entity)
WHERE type(r) IN $types AND ($direction = 'OUTGOING') = (startNode(r) = a)
WITH DISTINCT r, b
RETURN type(r) AS type, startNode(r).id AS from_id, endNode(r).id AS to_id, r.date AS date,
       r.date_precision AS date_precision, r.title AS title, r.source_id AS source_id,
       r.start AS start, r.end AS end, r.quote AS quote, r.rule AS rule,
       r.confidence AS confidence, r.page AS page, r.section AS section,
       r.end_page AS end_page, b.id AS end_id,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS end_label, properties(b) AS end_props
