SELECT node_id, props FROM node_states WHERE source_id = :source_id
