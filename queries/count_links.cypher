// Relationships per type, each from the count store (no scan); types with none are
// dropped by the caller.
//@each type joined by UNION ALL
MATCH ()-[r:{TYPE}]->() RETURN '{TYPE}' AS type, count(*) AS n
//@end
UNION ALL
MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(*) AS n
