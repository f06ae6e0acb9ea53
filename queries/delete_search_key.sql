DELETE FROM search_text WHERE key = :key
