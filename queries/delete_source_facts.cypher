// A source's facts: its MENTIONS, and the relationships whose evidence cites it.
// Those join nodes the source mentions (check_facts guarantees it), so they are
// found from its mentions, not by scanning every relationship.
MATCH (s:Source {id: $source_id})-[m:MENTIONS]->(n:Entity)
OPTIONAL MATCH (n)-[r]-(:Entity)
WHERE type(r) <> 'MENTIONS' AND r.source_id = $source_id
WITH collect(DISTINCT m) AS mentions, collect(DISTINCT r) AS links
FOREACH (x IN links | DELETE x)
FOREACH (x IN mentions | DELETE x)
