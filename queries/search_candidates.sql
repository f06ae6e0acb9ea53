-- Candidates only: graph/search.py scores them by the same rule for both stores.
SELECT DISTINCT s.node_id AS id
FROM search_text f
JOIN search_rows s ON s.row = f.rowid
JOIN nodes n ON n.id = s.node_id
WHERE search_text MATCH :match AND n.label <> 'Source'
