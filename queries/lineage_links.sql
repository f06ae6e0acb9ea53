-- The links a lineage walk stepped along (graph/lineage.py): of :types (a JSON array),
-- from a node of :inner (the kept nodes short of the last level) the walk's way
-- (:direction), to one of :kept; one row per statement. The halves are disjoint (with
-- BOTH, the second leaves out what the first found). Unary + keeps SQLite to one index
-- probe per inner node, where an IN on each column would probe every combination.
SELECT type, from_id, to_id, date, date_precision, title, source_id, start, "end", quote,
       rule, confidence, page, section, end_page
FROM links
WHERE :direction IN ('OUTGOING', 'BOTH')
  AND from_id IN (SELECT value FROM json_each(:inner))
  AND +type IN (SELECT value FROM json_each(:types))
  AND +to_id IN (SELECT value FROM json_each(:kept))
UNION ALL
SELECT type, from_id, to_id, date, date_precision, title, source_id, start, "end", quote,
       rule, confidence, page, section, end_page
FROM links
WHERE :direction IN ('INCOMING', 'BOTH')
  AND to_id IN (SELECT value FROM json_each(:inner))
  AND +type IN (SELECT value FROM json_each(:types))
  AND +from_id IN (SELECT value FROM json_each(:kept))
  AND NOT (:direction = 'BOTH' AND +from_id IN (SELECT value FROM json_each(:inner)))
