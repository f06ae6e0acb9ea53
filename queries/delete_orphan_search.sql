-- The search rows of the nodes among :ids that delete_orphans removed.
DELETE FROM search_rows
WHERE node_id IN (SELECT value FROM json_each(:ids))
  AND node_id NOT IN (SELECT id FROM nodes)
