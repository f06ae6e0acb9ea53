UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity {id: id})
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS from_id, b.id AS to_id, r.date AS date,
       r.date_precision AS date_precision, r.title AS title, r.source_id AS source_id,
       r.start AS start, r.end AS end, r.quote AS quote, r.rule AS rule,
       r.confidence AS confidence, r.page AS page, r.section AS section,
       r.end_page AS end_page
