INSERT INTO search_text (key, node_id, stems) VALUES (:key, :node_id, :stems)
