UNWIND $ids AS id
MATCH (s:Source)-[m:MENTIONS]->(n:Entity {id: id})
RETURN n.id AS node_id, s.id AS source_id, m.start AS start, m.end AS end, m.quote AS quote,
       m.rule AS rule, m.confidence AS confidence, m.page AS page, m.section AS section,
       m.end_page AS end_page
