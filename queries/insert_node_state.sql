INSERT OR REPLACE INTO node_states (node_id, source_id, seq, props)
VALUES (:node_id, :source_id, :seq, :props)
