// One row: the rows in a list of maps (a record each cost the driver ~20 us).
MATCH (a:Entity)-[r]->(b:Entity)
USING INDEX SEEK a:Entity(id)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'MENTIONS'
RETURN collect({type: type(r), from_id: a.id, to_id: b.id, date: r.date,
                date_precision: r.date_precision, title: r.title, source_id: r.source_id,
                start: r.start, end: r.end, quote: r.quote, rule: r.rule,
                confidence: r.confidence, page: r.page, section: r.section,
                end_page: r.end_page}) AS rows
