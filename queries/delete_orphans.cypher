UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:Source AND NOT EXISTS { (n)--() }
DELETE n
