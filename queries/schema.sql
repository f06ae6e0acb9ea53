-- The embedded store's tables. Idempotent: run at every start-up.
CREATE TABLE IF NOT EXISTS nodes (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    props TEXT NOT NULL CHECK (json_valid(props))
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
-- Sources by content hash: byte-identical content at a new uri is another location.
CREATE INDEX IF NOT EXISTS nodes_source_sha256 ON nodes (json_extract(props, '$.sha256'))
WHERE label = 'Source';
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
    section        TEXT,
    end_page       INTEGER
) WITHOUT ROWID;
-- Covering for a walk's step and for picking a lineage's links by their ends: an entry
-- holds both ends and the key, so a hub's thousands of links are read from the index, not
-- from the table's rows with their quotes. They replace the (from_id, type) and
-- (to_id, type) indexes of older stores.
CREATE INDEX IF NOT EXISTS links_from_to ON links (from_id, type, to_id);
CREATE INDEX IF NOT EXISTS links_to_from ON links (to_id, type, from_id);
DROP INDEX IF EXISTS links_from;
DROP INDEX IF EXISTS links_to;
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
    section    TEXT,
    end_page   INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_node ON mentions (node_id);
CREATE INDEX IF NOT EXISTS mentions_source ON mentions (source_id);
-- Full text: each index is an external-content FTS5 table over an ordinary table, whose
-- rowid keys the index rows and whose own indexes find them, so that replacing a node's
-- text or a source's quotes costs the same however large the store is. Triggers keep
-- each index in step with its table. No diacritic folding: å, ä and ö are letters of
-- their own in Swedish. (Each trigger stays on one line: the file splits on ";" at
-- line ends.)
CREATE TABLE IF NOT EXISTS node_text_rows (
    row   INTEGER PRIMARY KEY,
    id    TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    text  TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS node_text USING fts5 (
    text, content = 'node_text_rows', content_rowid = 'row',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS node_text_rows_insert AFTER INSERT ON node_text_rows BEGIN INSERT INTO node_text (rowid, text) VALUES (new.row, new.text); END;
CREATE TRIGGER IF NOT EXISTS node_text_rows_delete AFTER DELETE ON node_text_rows BEGIN INSERT INTO node_text (node_text, rowid, text) VALUES ('delete', old.row, old.text); END;
CREATE TRIGGER IF NOT EXISTS node_text_rows_update AFTER UPDATE ON node_text_rows BEGIN INSERT INTO node_text (node_text, rowid, text) VALUES ('delete', old.row, old.text); INSERT INTO node_text (rowid, text) VALUES (new.row, new.text); END;
-- Stemmed names, titles and quotes for search: one row per node name ("n:" key),
-- per mention ("m:") and per link end ("l:", two rows with one key).
CREATE TABLE IF NOT EXISTS search_rows (
    row     INTEGER PRIMARY KEY,
    key     TEXT NOT NULL,
    node_id TEXT NOT NULL,
    stems   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS search_rows_key ON search_rows (key);
CREATE INDEX IF NOT EXISTS search_rows_node ON search_rows (node_id);
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5 (
    stems, content = 'search_rows', content_rowid = 'row',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS search_rows_insert AFTER INSERT ON search_rows BEGIN INSERT INTO search_text (rowid, stems) VALUES (new.row, new.stems); END;
CREATE TRIGGER IF NOT EXISTS search_rows_delete AFTER DELETE ON search_rows BEGIN INSERT INTO search_text (search_text, rowid, stems) VALUES ('delete', old.row, old.stems); END;
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
-- The documents(filter) listing's keys of each Document node (graph/document_filter.py),
-- kept at write time, so that it filters, sorts and pages on indexes.
CREATE TABLE IF NOT EXISTS documents (
    id                TEXT PRIMARY KEY,
    sort_title        TEXT NOT NULL,
    county_code       TEXT,
    municipality_code TEXT,
    kind              TEXT,
    level             TEXT,
    period_start      INTEGER,
    period_end        INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_order ON documents (sort_title, id);
CREATE INDEX IF NOT EXISTS documents_county ON documents (county_code, sort_title, id);
CREATE INDEX IF NOT EXISTS documents_municipality ON documents (municipality_code, sort_title, id);
-- Personal data (docs/privacy.md). The store's own secret salt, made once; the erasure
-- log, which names no one (a random id, a salted hash of the person's id, the time) and
-- which ingest checks so that an erased person never comes back; restricted people,
-- whose names the API withholds. delete_all keeps all three.
CREATE TABLE IF NOT EXISTS privacy_salt (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO privacy_salt (name, value) VALUES ('salt', lower(hex(randomblob(32))));
CREATE TABLE IF NOT EXISTS erasures (
    erasure_id   TEXT PRIMARY KEY,
    subject_hash TEXT NOT NULL,
    erased_at    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS erasures_subject ON erasures (subject_hash);
CREATE TABLE IF NOT EXISTS person_restrictions (
    person_id     TEXT PRIMARY KEY,
    alias         TEXT NOT NULL UNIQUE,
    restricted_at TEXT NOT NULL
) WITHOUT ROWID;
