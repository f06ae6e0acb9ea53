// The evidence of search rows' quotes, by ref (the relationship's element id, read
// moments before by search_texts).
// One row: the rows in a list of maps (a record each cost the driver ~20 us).
UNWIND $ids AS ref
MATCH (a)-[r]->() WHERE elementId(r) = ref
RETURN collect({ref: ref, source_id: coalesce(r.source_id, a.id), start: r.start,
                end: r.end, quote: r.quote, rule: r.rule, confidence: r.confidence,
                page: r.page, section: r.section, end_page: r.end_page}) AS rows
