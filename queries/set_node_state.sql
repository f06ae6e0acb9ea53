UPDATE node_states SET props = :props WHERE node_id = :node_id AND source_id = :source_id
