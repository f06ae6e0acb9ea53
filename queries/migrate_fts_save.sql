-- Migration, step 1 of 2: keep the old full-text rows aside and drop the old tables.
CREATE TEMP TABLE old_node_text AS SELECT id, label, text FROM node_text;
CREATE TEMP TABLE old_search_text AS SELECT key, node_id, stems FROM search_text;
DROP TABLE node_text;
DROP TABLE search_text;
