-- Nodes named by a source whose statements were never recorded (it was written before
-- node_states existed): their properties cannot be rebuilt, only added to.
SELECT DISTINCT m.node_id AS id FROM mentions m
WHERE m.node_id IN (SELECT value FROM json_each(:ids))
  AND NOT EXISTS (
      SELECT 1 FROM node_states t WHERE t.node_id = m.node_id AND t.source_id = m.source_id
  )
