-- Breadth-first walk from :root along links of :types (a JSON array), up to :max_depth
-- steps, in :direction.
WITH RECURSIVE walk (id, depth) AS (
    SELECT :root, 0
    UNION
    SELECT l.to_id, w.depth + 1
    FROM walk w JOIN links l ON l.from_id = w.id
    WHERE w.depth < :max_depth AND :direction IN ('OUTGOING', 'BOTH')
      AND l.type IN (SELECT value FROM json_each(:types))
    UNION
    SELECT l.from_id, w.depth + 1
    FROM walk w JOIN links l ON l.to_id = w.id
    WHERE w.depth < :max_depth AND :direction IN ('INCOMING', 'BOTH')
      AND l.type IN (SELECT value FROM json_each(:types))
)
SELECT id, MIN(depth) AS depth FROM walk GROUP BY id
