// Every node and relationship, in batches, so that a large store fits the transaction
// memory limit (an auto-commit query: CALL ... IN TRANSACTIONS).
// The erasure log, restrictions and salt stay: a re-built graph must not bring an
// erased person back.
MATCH (n)
WHERE NOT (n:Erasure OR n:PersonRestriction OR n:PrivacySalt)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
