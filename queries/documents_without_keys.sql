-- Migration: Document nodes written before the documents table (backfilled at start-up).
SELECT n.id, n.label, n.props FROM nodes n
WHERE n.label = 'Document' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = n.id)
