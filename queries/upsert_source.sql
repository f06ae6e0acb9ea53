-- A source states its own properties alone: a new version replaces them all, except
-- the other locations its content was found at (also_at), which stay.
INSERT INTO nodes (id, label, props) VALUES (:id, :label, :props)
ON CONFLICT (id) DO UPDATE SET props = json_patch(
    excluded.props, json_object('also_at', json_extract(nodes.props, '$.also_at'))
)
