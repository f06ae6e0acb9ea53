// (organisation, document) for each document one of $ids (organisation ids), or a body
// PART_OF one of them, ADOPTED or ISSUED, or DECIDED a decision that CONCERNS it
// (graph/coverage.py). One row per pair.
// One row: the rows in a list of maps (a record each cost the driver ~20 us).
UNWIND $ids AS org_id
MATCH (org:Organization {id: org_id})
OPTIONAL MATCH (body:Entity)-[:PART_OF]->(org)
WITH org_id, org, collect(DISTINCT body) AS bodies
WITH org_id, [org] + bodies AS owners
UNWIND owners AS owner
CALL (owner) {
  MATCH (owner)-[:ADOPTED|ISSUED]->(d:Entity) RETURN d
  UNION
  MATCH (owner)-[:DECIDED]->(:Entity)-[:CONCERNS]->(d:Entity) RETURN d
}
WITH DISTINCT org_id, d.id AS document_id
RETURN collect({org_id: org_id, document_id: document_id}) AS rows
