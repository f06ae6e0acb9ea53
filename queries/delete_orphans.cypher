UNWIND $ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
WHERE NOT n:Source AND NOT EXISTS { (n)--() }
DELETE n
