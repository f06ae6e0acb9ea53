-- Candidates only: the caller applies the exact prefix rule shared by both stores.
SELECT n.id, n.label, n.props
FROM node_text f
JOIN node_text_rows t ON t.row = f.rowid
JOIN nodes n ON n.id = t.id
WHERE node_text MATCH :match AND t.label = :label
