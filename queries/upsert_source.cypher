// A source states its own properties alone: a new version replaces them all, except
// the other locations its content was found at (also_at), which stay.
MERGE (n:Entity {id: $id})
WITH n, n.also_at AS also_at
SET n:Source
SET n = $props
SET n.also_at = also_at
