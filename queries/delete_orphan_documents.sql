-- The listing keys of the nodes among :ids that delete_orphans removed.
DELETE FROM documents
WHERE id IN (SELECT value FROM json_each(:ids))
  AND id NOT IN (SELECT id FROM nodes)
