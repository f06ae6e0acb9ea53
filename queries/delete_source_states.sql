DELETE FROM node_states WHERE source_id = :source_id
