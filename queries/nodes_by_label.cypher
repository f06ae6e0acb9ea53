// Every node of one label, for listings that filter on properties in Python.
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN n.id AS id, $label AS label, properties(n) AS props
