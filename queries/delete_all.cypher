// Every node and relationship, in batches, so that a large store fits the transaction
// memory limit (an auto-commit query: CALL ... IN TRANSACTIONS).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
