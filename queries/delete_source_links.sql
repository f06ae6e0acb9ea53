DELETE FROM links WHERE source_id = :source_id
