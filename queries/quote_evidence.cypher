// The evidence of search rows' quotes, by ref (the relationship's element id, read
// moments before by search_texts).
UNWIND $ids AS ref
MATCH (a)-[r]->() WHERE elementId(r) = ref
RETURN ref, coalesce(r.source_id, a.id) AS source_id, r.start AS start, r.end AS end,
       r.quote AS quote, r.rule AS rule, r.confidence AS confidence, r.page AS page,
       r.section AS section, r.end_page AS end_page
