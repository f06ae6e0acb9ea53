DELETE FROM node_text WHERE id = :id
