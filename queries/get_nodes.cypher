// One row: the rows in a list of maps (a record each cost the driver ~20 us).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
RETURN collect({id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
                props: properties(n)}) AS rows
