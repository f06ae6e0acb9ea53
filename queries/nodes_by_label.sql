-- Every node of one label, for listings that filter on properties in Python.
SELECT id, label, props FROM nodes WHERE label = :label
