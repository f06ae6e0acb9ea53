-- After an erasure: merge the full-text indexes, so that no segment keeps the deleted
-- entries (FTS5 keeps them until a merge). Costs a pass over each index; erasures are rare.
INSERT INTO node_text (node_text) VALUES ('optimize');
INSERT INTO search_text (search_text) VALUES ('optimize');
