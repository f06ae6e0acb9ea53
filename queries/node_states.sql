-- What the sources state about these nodes, oldest write first. Sources that state the
-- same thing come once, at their latest write: merging them gives the same properties.
SELECT node_id, props, max(seq) AS seq FROM node_states
WHERE node_id IN (SELECT value FROM json_each(:ids))
GROUP BY node_id, props
ORDER BY node_id, seq
