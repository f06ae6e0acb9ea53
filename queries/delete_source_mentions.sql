DELETE FROM mentions WHERE source_id = :source_id
