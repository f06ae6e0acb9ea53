// Candidates only: graph/search.py scores them by the same rule for both stores.
CALL db.index.fulltext.queryNodes('search_names', $match) YIELD node
RETURN node.id AS id
UNION
CALL db.index.fulltext.queryRelationships('search_quotes', $match) YIELD relationship
UNWIND [startNode(relationship), endNode(relationship)] AS n
WITH n WHERE NOT n:Source
RETURN n.id AS id
