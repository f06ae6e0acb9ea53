// One row: the rows in a list of maps (a record each cost the driver ~20 us).
// The hint: with statistics the planner would scan every Entity's id and join.
UNWIND $ids AS id
MATCH (s:Source)-[m:MENTIONS]->(n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
RETURN collect({node_id: n.id, source_id: s.id, start: m.start, end: m.end, quote: m.quote,
                rule: m.rule, confidence: m.confidence, page: m.page, section: m.section,
                end_page: m.end_page}) AS rows
