// Candidates only: the caller applies the exact prefix rule shared by both stores.
// Documents are in the title index, organisations, people and initiatives in the
// name index; the label filter keeps the one asked for.
CALL db.index.fulltext.queryNodes($index, $match) YIELD node
WITH node, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label = $label
RETURN node.id AS id, label, properties(node) AS props
