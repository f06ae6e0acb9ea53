// Migration: Document nodes written before they carried the listing's keys (backfilled
// at start-up, then set at every write).
MATCH (d:Document)
WHERE d.sort_title IS NULL
RETURN d.id AS id, 'Document' AS label, properties(d) AS props
LIMIT 1000
