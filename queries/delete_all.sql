DELETE FROM links;
DELETE FROM mentions;
DELETE FROM node_text_rows;
DELETE FROM search_rows;
DELETE FROM node_states;
DELETE FROM documents;
DELETE FROM nodes;
