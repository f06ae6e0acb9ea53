-- insert_search_text for many rows (:rows, a JSON array of {key, node_id, stems}) in one
-- statement: the full-text trigger then runs without executemany's cost per row.
INSERT INTO search_rows (key, node_id, stems)
SELECT json_extract(value, '$.key'), json_extract(value, '$.node_id'),
       json_extract(value, '$.stems')
FROM json_each(:rows)
