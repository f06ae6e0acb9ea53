// Nodes per label, each from the count store (no scan); labels with none are dropped
// by the caller.
MATCH (n:Document) RETURN 'Document' AS label, count(n) AS n
UNION ALL
MATCH (n:Source) RETURN 'Source' AS label, count(n) AS n
UNION ALL
MATCH (n:Organization) RETURN 'Organization' AS label, count(n) AS n
UNION ALL
MATCH (n:Person) RETURN 'Person' AS label, count(n) AS n
UNION ALL
MATCH (n:Decision) RETURN 'Decision' AS label, count(n) AS n
UNION ALL
MATCH (n:Activity) RETURN 'Activity' AS label, count(n) AS n
UNION ALL
MATCH (n:Goal) RETURN 'Goal' AS label, count(n) AS n
UNION ALL
MATCH (n:Initiative) RETURN 'Initiative' AS label, count(n) AS n
