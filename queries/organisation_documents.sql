-- (organisation, document) for each document one of :ids (a JSON array of organisation
-- ids), or a body PART_OF one of them, ADOPTED or ISSUED, or DECIDED a decision that
-- CONCERNS it (graph/coverage.py). One row per pair.
WITH orgs(id) AS (SELECT value FROM json_each(:ids)),
owners(org_id, owner_id) AS (
  SELECT id, id FROM orgs
  UNION
  SELECT l.to_id, l.from_id FROM links l JOIN orgs o ON l.to_id = o.id AND l.type = 'PART_OF'
)
SELECT o.org_id AS org_id, l.to_id AS document_id
FROM owners o JOIN links l ON l.from_id = o.owner_id AND l.type IN ('ADOPTED', 'ISSUED')
UNION
SELECT o.org_id, c.to_id
FROM owners o
JOIN links d ON d.from_id = o.owner_id AND d.type = 'DECIDED'
JOIN links c ON c.from_id = d.to_id AND c.type = 'CONCERNS'
