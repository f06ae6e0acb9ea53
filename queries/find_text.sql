-- Candidates only: the caller applies the exact prefix rule shared by both stores.
SELECT n.id, n.label, n.props
FROM node_text t JOIN nodes n ON n.id = t.id
WHERE node_text MATCH :match AND t.label = :label
