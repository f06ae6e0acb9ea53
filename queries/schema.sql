-- The embedded store's tables. Idempotent: run at every start-up.
CREATE TABLE IF NOT EXISTS nodes (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    props TEXT NOT NULL CHECK (json_valid(props))
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
CREATE TABLE IF NOT EXISTS links (
    key            TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    from_id        TEXT NOT NULL REFERENCES nodes (id),
    to_id          TEXT NOT NULL REFERENCES nodes (id),
    date           TEXT,
    date_precision TEXT,
    title          TEXT,
    source_id      TEXT NOT NULL REFERENCES nodes (id),
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    rule           TEXT NOT NULL,
    confidence     REAL NOT NULL,
    page           INTEGER,
    section        TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_from ON links (from_id, type);
CREATE INDEX IF NOT EXISTS links_to ON links (to_id, type);
CREATE INDEX IF NOT EXISTS links_source ON links (source_id);
CREATE TABLE IF NOT EXISTS mentions (
    key        TEXT PRIMARY KEY,
    node_id    TEXT NOT NULL REFERENCES nodes (id),
    source_id  TEXT NOT NULL REFERENCES nodes (id),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    rule       TEXT NOT NULL,
    confidence REAL NOT NULL,
    page       INTEGER,
    section    TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_node ON mentions (node_id);
CREATE INDEX IF NOT EXISTS mentions_source ON mentions (source_id);
-- No diacritic folding: å, ä and ö are letters of their own in Swedish.
CREATE VIRTUAL TABLE IF NOT EXISTS node_text USING fts5 (
    id UNINDEXED, label UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 0'
);
-- Stemmed names, titles and quotes for search: one row per node name ("n:" key),
-- per mention ("m:") and per link end ("l:", two rows with one key).
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5 (
    key UNINDEXED, node_id UNINDEXED, stems, tokenize = 'unicode61 remove_diacritics 0'
);
-- What each source states about each node it names (its own properties of the node), so
-- that a node's properties can be rebuilt from the sources that still state them. seq
-- orders the writes: a later write wins a property two sources state differently.
CREATE TABLE IF NOT EXISTS node_states (
    node_id   TEXT NOT NULL,
    source_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    props     TEXT NOT NULL CHECK (json_valid(props)),
    PRIMARY KEY (node_id, source_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_states_source ON node_states (source_id);
CREATE INDEX IF NOT EXISTS node_states_seq ON node_states (seq);
