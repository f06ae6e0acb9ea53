-- A node's indexed text, replaced in place (the triggers re-index it), found by id.
INSERT INTO node_text_rows (id, label, text) VALUES (:id, :label, :text)
ON CONFLICT (id) DO UPDATE SET label = excluded.label, text = excluded.text
