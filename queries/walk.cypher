// The whole walk in one typed query: a breadth-first variable-length expand that
// keeps each node's least depth. {LEFT}, {RIGHT}, {DEPTH} and {WALKED} are filled in
// by graph/neo4j_store.py from the Direction and LinkType enums and a checked depth
// (Cypher takes neither a relationship type nor a length bound as a parameter).
MATCH (root:Entity {id: $id})
OPTIONAL MATCH p = (root){LEFT}[:{WALKED}*1..{DEPTH}]{RIGHT}(m:Entity)
WHERE m <> root
RETURN m.id AS id, min(length(p)) AS depth
