// Every node of one label, for listings that filter on properties in Python. One
// branch per label, by its own label scan; the others unwind an empty list.
UNWIND CASE $label WHEN 'Document' THEN [1] ELSE [] END AS _
MATCH (n:Document)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Source' THEN [1] ELSE [] END AS _
MATCH (n:Source)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Organization' THEN [1] ELSE [] END AS _
MATCH (n:Organization)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Person' THEN [1] ELSE [] END AS _
MATCH (n:Person)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Decision' THEN [1] ELSE [] END AS _
MATCH (n:Decision)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Activity' THEN [1] ELSE [] END AS _
MATCH (n:Activity)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Goal' THEN [1] ELSE [] END AS _
MATCH (n:Goal)
RETURN n.id AS id, $label AS label, properties(n) AS props
UNION ALL
UNWIND CASE $label WHEN 'Initiative' THEN [1] ELSE [] END AS _
MATCH (n:Initiative)
RETURN n.id AS id, $label AS label, properties(n) AS props
