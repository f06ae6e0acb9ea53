INSERT INTO search_rows (key, node_id, stems) VALUES (:key, :node_id, :stems)
