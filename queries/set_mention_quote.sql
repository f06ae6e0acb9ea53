UPDATE mentions SET quote = :quote WHERE key = :key
