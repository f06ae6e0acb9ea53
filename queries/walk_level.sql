-- One level of a lineage walk (graph/lineage.py): the distinct nodes one link of
-- :types (a JSON array) away from any of :ids, in :direction.
SELECT to_id AS id FROM links
WHERE :direction IN ('OUTGOING', 'BOTH')
  AND from_id IN (SELECT value FROM json_each(:ids))
  AND type IN (SELECT value FROM json_each(:types))
UNION
SELECT from_id AS id FROM links
WHERE :direction IN ('INCOMING', 'BOTH')
  AND to_id IN (SELECT value FROM json_each(:ids))
  AND type IN (SELECT value FROM json_each(:types))
