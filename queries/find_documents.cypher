// Candidates only: the caller applies the exact prefix rule shared by both stores.
CALL db.index.fulltext.queryNodes('document_titles', $match) YIELD node
RETURN node.id AS id, 'Document' AS label, properties(node) AS props
