-- What the sources state about these nodes, oldest write first.
SELECT node_id, props FROM node_states
WHERE node_id IN (SELECT value FROM json_each(:ids))
ORDER BY node_id, seq, source_id
