DELETE FROM search_rows WHERE key = :key
