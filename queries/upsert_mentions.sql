-- upsert_mention for many rows (:rows, a JSON array of mention rows) in one statement.
INSERT OR REPLACE INTO mentions
    (key, node_id, source_id, start, "end", quote, rule, confidence, page, section, end_page)
SELECT json_extract(value, '$.key'), json_extract(value, '$.node_id'),
       json_extract(value, '$.source_id'), json_extract(value, '$.start'),
       json_extract(value, '$.end'), json_extract(value, '$.quote'),
       json_extract(value, '$.rule'), json_extract(value, '$.confidence'),
       json_extract(value, '$.page'), json_extract(value, '$.section'),
       json_extract(value, '$.end_page')
FROM json_each(:rows)
