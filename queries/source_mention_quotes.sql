SELECT key, node_id, start, "end", quote FROM mentions WHERE source_id = :source_id
