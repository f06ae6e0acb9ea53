UPDATE links SET quote = :quote, title = :title WHERE key = :key
