-- The indexed text of the nodes among :ids that delete_orphans removed.
DELETE FROM node_text_rows
WHERE id IN (SELECT value FROM json_each(:ids))
  AND id NOT IN (SELECT id FROM nodes)
