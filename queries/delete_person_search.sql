-- Before a person's links and mentions go: their search rows and the person's own.
DELETE FROM search_rows
WHERE key IN (
    SELECT 'l:' || key FROM links WHERE from_id = :id
    UNION ALL
    SELECT 'l:' || key FROM links WHERE to_id = :id
    UNION ALL
    SELECT 'm:' || key FROM mentions WHERE node_id = :id
)
OR node_id = :id
