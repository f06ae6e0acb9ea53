// The erasure log and the restrictions (tests only: delete_all keeps them).
MATCH (n:Erasure|PersonRestriction)
DETACH DELETE n
