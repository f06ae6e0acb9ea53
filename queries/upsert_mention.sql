INSERT OR REPLACE INTO mentions (key, node_id, source_id, start, "end", quote, rule, confidence, page, section)
VALUES (:key, :node_id, :source_id, :start, :end, :quote, :rule, :confidence, :page, :section)
