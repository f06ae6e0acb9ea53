DELETE FROM links;
DELETE FROM mentions;
DELETE FROM node_text;
DELETE FROM search_text;
DELETE FROM node_states;
DELETE FROM nodes;
