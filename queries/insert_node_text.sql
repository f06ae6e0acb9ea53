INSERT INTO node_text (id, label, text) VALUES (:id, :label, :text)
