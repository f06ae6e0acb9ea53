// Neo4j schema. Idempotent: run at every start-up.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX document_titles IF NOT EXISTS
FOR (n:Document) ON EACH [n.title, n.normalised_title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Person|Initiative) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// Search: stems computed by stratgraph (Swedish Snowball), split on whitespace only.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Document|Organization|Person|Decision|Activity|Goal|Initiative) ON EACH [n.name_stems]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_quotes IF NOT EXISTS
FOR ()-[r:MENTIONS|{TYPES}]-() ON EACH [r.stems]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
// Sources by content hash: byte-identical content at a new uri is another location.
CREATE INDEX source_sha256 IF NOT EXISTS FOR (n:Source) ON (n.sha256);
CREATE CONSTRAINT write_counter_name IF NOT EXISTS FOR (n:WriteCounter) REQUIRE n.name IS UNIQUE;
// Links by the source their evidence cites: a rewrite finds a source's links by seek.
//@each type
CREATE INDEX link_source_{type} IF NOT EXISTS FOR ()-[r:{TYPE}]-() ON (r.source_id);
//@end
// The documents(filter) listing's keys (graph/document_filter.py), set at write time.
CREATE INDEX document_county IF NOT EXISTS FOR (n:Document) ON (n.county_code);
CREATE INDEX document_municipality IF NOT EXISTS FOR (n:Document) ON (n.municipality_code);
CREATE INDEX document_sort_title IF NOT EXISTS FOR (n:Document) ON (n.sort_title);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX document_level IF NOT EXISTS FOR (n:Document) ON (n.level);
// Personal data (docs/privacy.md): the store's own secret salt, made once; the erasure
// log, which names no one; restricted people. None is an Entity; delete_all keeps them.
CREATE CONSTRAINT privacy_salt_name IF NOT EXISTS FOR (n:PrivacySalt) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT erasure_id IF NOT EXISTS FOR (n:Erasure) REQUIRE n.erasure_id IS UNIQUE;
CREATE CONSTRAINT person_restriction_id IF NOT EXISTS FOR (n:PersonRestriction) REQUIRE n.person_id IS UNIQUE;
MERGE (s:PrivacySalt {name: 'salt'})
ON CREATE SET s.value = replace(randomUUID() + randomUUID(), '-', '');
