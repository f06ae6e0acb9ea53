// A source states its own properties alone: a new version replaces them all.
MERGE (n:Entity {id: $id})
SET n:Source
SET n = $props
