MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'MENTIONS'
RETURN type(r) AS type, a.id AS from_id, b.id AS to_id, r.date AS date,
       r.date_precision AS date_precision, r.title AS title, r.source_id AS source_id,
       r.start AS start, r.end AS end, r.quote AS quote, r.rule AS rule,
       r.confidence AS confidence, r.page AS page, r.section AS section,
       r.end_page AS end_page
