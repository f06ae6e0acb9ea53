// What each source states about these nodes (kept on one of its MENTIONS of the node),
// and how many sources name a node without a recorded statement (written before
// statements were recorded): such a node's properties cannot be rebuilt, only added to.
// The hint: with statistics the planner would scan every Entity's id and join.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
WHERE NOT n:Source
OPTIONAL MATCH (s:Source)-[m:MENTIONS]->(n)
WITH n, s, collect(m.stated_seq) AS seqs, collect(m.stated) AS stated
WITH n,
     collect(CASE WHEN size(stated) > 0 THEN {seq: seqs[0], props: stated[0]} END) AS states,
     sum(CASE WHEN s IS NOT NULL AND size(stated) = 0 THEN 1 ELSE 0 END) AS unrecorded
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
       states, unrecorded
