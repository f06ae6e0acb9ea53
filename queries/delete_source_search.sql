-- Before the source's mentions and links go: their search rows, found by key.
DELETE FROM search_rows
WHERE key IN (
    SELECT 'm:' || key FROM mentions WHERE source_id = :source_id
    UNION ALL
    SELECT 'l:' || key FROM links WHERE source_id = :source_id
)
