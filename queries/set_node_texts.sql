-- set_node_text for many nodes (:rows, a JSON array of {id, label, text}) in one
-- statement; "WHERE true" tells SQLite the ON CONFLICT clause is the upsert's.
INSERT INTO node_text_rows (id, label, text)
SELECT json_extract(value, '$.id'), json_extract(value, '$.label'),
       json_extract(value, '$.text')
FROM json_each(:rows)
WHERE true
ON CONFLICT (id) DO UPDATE SET label = excluded.label, text = excluded.text
