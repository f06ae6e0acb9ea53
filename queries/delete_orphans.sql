-- Nodes that lost their last mention and link when a source was rewritten.
DELETE FROM nodes
WHERE id IN (SELECT value FROM json_each(:ids))
  AND label <> 'Source'
  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.node_id = nodes.id)
  AND NOT EXISTS (SELECT 1 FROM links l WHERE l.from_id = nodes.id OR l.to_id = nodes.id)
