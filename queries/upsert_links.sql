-- upsert_link for many rows (:rows, a JSON array of link rows) in one statement.
INSERT OR REPLACE INTO links
    (key, type, from_id, to_id, date, date_precision, title,
     source_id, start, "end", quote, rule, confidence, page, section, end_page)
SELECT json_extract(value, '$.key'), json_extract(value, '$.type'),
       json_extract(value, '$.from_id'), json_extract(value, '$.to_id'),
       json_extract(value, '$.date'), json_extract(value, '$.date_precision'),
       json_extract(value, '$.title'), json_extract(value, '$.source_id'),
       json_extract(value, '$.start'), json_extract(value, '$.end'),
       json_extract(value, '$.quote'), json_extract(value, '$.rule'),
       json_extract(value, '$.confidence'), json_extract(value, '$.page'),
       json_extract(value, '$.section'), json_extract(value, '$.end_page')
FROM json_each(:rows)
