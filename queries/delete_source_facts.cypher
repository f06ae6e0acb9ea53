// A source's facts are its MENTIONS and every relationship whose evidence cites it.
MATCH (s:Source {id: $source_id})
OPTIONAL MATCH (s)-[m:MENTIONS]->()
DELETE m
WITH DISTINCT s
MATCH ()-[r]->()
WHERE r.source_id = $source_id
DELETE r
