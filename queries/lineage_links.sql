-- The links a lineage walk stepped along (graph/lineage.py): of :types (a JSON array),
-- from a node of :inner (the kept nodes short of the last level) the walk's way
-- (:direction), to one of :kept; one row per statement. The halves are disjoint (with
-- BOTH, the second leaves out what the first found). Unary + keeps SQLite to one index
-- probe per inner node, where an IN on each column would probe every combination. The
-- keys are picked from the covering indexes first, so only the kept links' rows (with
-- their quotes) are read, not every link of a hub among :inner.
WITH hit (key) AS (
    SELECT key FROM links
    WHERE :direction IN ('OUTGOING', 'BOTH')
      AND from_id IN (SELECT value FROM json_each(:inner))
      AND +type IN (SELECT value FROM json_each(:types))
      AND +to_id IN (SELECT value FROM json_each(:kept))
    UNION ALL
    SELECT key FROM links
    WHERE :direction IN ('INCOMING', 'BOTH')
      AND to_id IN (SELECT value FROM json_each(:inner))
      AND +type IN (SELECT value FROM json_each(:types))
      AND +from_id IN (SELECT value FROM json_each(:kept))
      AND NOT (:direction = 'BOTH' AND +from_id IN (SELECT value FROM json_each(:inner)))
)
SELECT l.type, l.from_id, l.to_id, l.date, l.date_precision, l.title, l.source_id, l.start,
       l."end", l.quote, l.rule, l.confidence, l.page, l.section, l.end_page
FROM hit JOIN links l ON l.key = hit.key
