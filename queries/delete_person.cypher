// A person with every relationship it has: its links and the MENTIONS that name it
// (which carry what each source stated about it).
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[r]-()
WITH p,
     sum(CASE WHEN type(r) = 'MENTIONS' THEN 1 ELSE 0 END) AS mentions,
     sum(CASE WHEN r IS NOT NULL AND type(r) <> 'MENTIONS' THEN 1 ELSE 0 END) AS links
DETACH DELETE p
RETURN mentions, links
