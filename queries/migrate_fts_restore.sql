-- Migration, step 2 of 2, after the schema: the rows into the new tables (the triggers
-- index them), one text row per node.
INSERT INTO node_text_rows (id, label, text)
SELECT id, label, text FROM temp.old_node_text WHERE true
ON CONFLICT (id) DO NOTHING;
INSERT INTO search_rows (key, node_id, stems)
SELECT key, node_id, stems FROM temp.old_search_text;
DROP TABLE temp.old_node_text;
DROP TABLE temp.old_search_text;
