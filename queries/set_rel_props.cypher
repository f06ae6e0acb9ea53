// Redacted quotes (and their stems), found by element id within the transaction.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
SET r += row.props
