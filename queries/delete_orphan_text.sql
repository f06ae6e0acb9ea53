DELETE FROM node_text WHERE id NOT IN (SELECT id FROM nodes)
