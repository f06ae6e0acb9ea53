// Coverage of the organisations $ids in one round trip (graph.coverage): each one found,
// with the documents it or a body PART_OF it ADOPTED or ISSUED, or DECIDED a decision
// that CONCERNS (as organisation_documents), and its SIGNED links with their other ends.
// One row: the rows in a list of maps (a record each cost the driver ~20 us).
UNWIND $ids AS org_id
MATCH (org:Organization {id: org_id})
CALL (org) {
  OPTIONAL MATCH (body:Entity)-[:PART_OF]->(org)
  WITH org, collect(DISTINCT body) AS bodies
  UNWIND [org] + bodies AS owner
  CALL (owner) {
    MATCH (owner)-[:ADOPTED|ISSUED]->(d:Entity) RETURN d
    UNION
    MATCH (owner)-[:DECIDED]->(:Entity)-[:CONCERNS]->(d:Entity) RETURN d
  }
  RETURN collect(DISTINCT d) AS docs
}
CALL (org) {
  MATCH (org)-[r:SIGNED]->(b:Entity)
  RETURN collect({type: type(r), from_id: org.id, to_id: b.id, date: r.date,
                  date_precision: r.date_precision, title: r.title, source_id: r.source_id,
                  start: r.start, end: r.end, quote: r.quote, rule: r.rule,
                  confidence: r.confidence, page: r.page, section: r.section,
                  end_page: r.end_page, end_label: [l IN labels(b) WHERE l <> 'Entity'][0],
                  end_props: properties(b)}) AS signed
}
RETURN collect({
  org: {id: org.id, label: [l IN labels(org) WHERE l <> 'Entity'][0], props: properties(org)},
  docs: [d IN docs | {id: d.id, label: [l IN labels(d) WHERE l <> 'Entity'][0],
                      props: properties(d)}],
  signed: signed
}) AS rows
