// upsert_source for many sources: each states its own properties alone, and keeps the
// other locations its content was found at (also_at).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.also_at AS also_at
SET n:Source
SET n = row.props
SET n.also_at = also_at
