// Relationships per type, each from the count store (no scan); types with none are
// dropped by the caller.
MATCH ()-[r:REVISES]->() RETURN 'REVISES' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:IMPLEMENTS]->() RETURN 'IMPLEMENTS' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:COMPLEMENTS]->() RETURN 'COMPLEMENTS' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:SIGNED]->() RETURN 'SIGNED' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:ADOPTED]->() RETURN 'ADOPTED' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:DECIDED]->() RETURN 'DECIDED' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:CONCERNS]->() RETURN 'CONCERNS' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:ISSUED]->() RETURN 'ISSUED' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:HAS_GOAL]->() RETURN 'HAS_GOAL' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:HAS_ACTIVITY]->() RETURN 'HAS_ACTIVITY' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN 'RESPONSIBLE_FOR' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:PARTICIPATES_IN]->() RETURN 'PARTICIPATES_IN' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:COORDINATES]->() RETURN 'COORDINATES' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:FOLLOWS_UP]->() RETURN 'FOLLOWS_UP' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:FUNDS]->() RETURN 'FUNDS' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:HOLDS_ROLE]->() RETURN 'HOLDS_ROLE' AS type, count(*) AS n
UNION ALL
MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(*) AS n
