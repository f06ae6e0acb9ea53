-- Search (graph/search.py scores what this returns, from the stems kept at write time):
-- the index's :limit best rows (bm25) for any of the stems, each with its node's name
-- stems. Names have a NULL ref and empty stems. Source nodes are not searched. What
-- orders equally good quotes is read later, for the hits shown only (quote_evidence):
-- joining every candidate to its mention or link cost 0.1 s of 0.25 s on 20,000 rows.
WITH hit AS (
    SELECT s.node_id, s.key, s.stems
    FROM (SELECT rowid FROM search_text WHERE search_text MATCH :match ORDER BY rank LIMIT :limit) f
    JOIN search_rows s ON s.row = f.rowid
)
SELECT h.node_id,
       coalesce(nm.stems, '') AS name_stems,
       CASE WHEN substr(h.key, 1, 2) = 'n:' THEN NULL ELSE h.key END AS ref,
       CASE WHEN substr(h.key, 1, 2) = 'n:' THEN '' ELSE h.stems END AS stems
FROM hit h
JOIN nodes n ON n.id = h.node_id AND n.label <> 'Source'
LEFT JOIN search_rows nm ON nm.key = 'n:' || h.node_id
