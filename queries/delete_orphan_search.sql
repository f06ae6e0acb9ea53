DELETE FROM search_text WHERE node_id NOT IN (SELECT id FROM nodes)
