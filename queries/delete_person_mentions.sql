DELETE FROM mentions WHERE node_id = :id
