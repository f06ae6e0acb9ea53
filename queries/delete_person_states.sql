DELETE FROM node_states WHERE node_id = :id
