DELETE FROM node_text_rows WHERE id = :id
