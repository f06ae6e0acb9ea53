SELECT key, from_id, to_id, start, "end", quote, title FROM links WHERE source_id = :source_id
