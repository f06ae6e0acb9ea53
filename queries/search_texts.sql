-- Search (graph/search.py scores what this returns, from the stems kept at write time):
-- the index's :limit best rows (bm25) for any of the stems, each with its node's name
-- stems; a quote row also carries what orders quotes (source, start, rule). Names have
-- a NULL ref. Source nodes are not searched.
WITH hit AS (
    SELECT s.node_id, s.key, s.stems
    FROM (SELECT rowid FROM search_text WHERE search_text MATCH :match ORDER BY rank LIMIT :limit) f
    JOIN search_rows s ON s.row = f.rowid
)
SELECT h.node_id,
       coalesce(nm.stems, '') AS name_stems,
       CASE WHEN substr(h.key, 1, 2) = 'n:' THEN NULL ELSE h.key END AS ref,
       h.stems,
       coalesce(m.source_id, x.source_id) AS source_id,
       coalesce(m.start, x.start) AS start,
       coalesce(m.rule, x.rule) AS rule
FROM hit h
JOIN nodes n ON n.id = h.node_id AND n.label <> 'Source'
LEFT JOIN search_rows nm ON nm.key = 'n:' || h.node_id
LEFT JOIN mentions m ON substr(h.key, 1, 2) = 'm:' AND m.key = substr(h.key, 3)
LEFT JOIN links x ON substr(h.key, 1, 2) = 'l:' AND x.key = substr(h.key, 3)
