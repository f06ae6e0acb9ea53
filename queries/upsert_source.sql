-- A source states its own properties alone: a new version replaces them all.
INSERT INTO nodes (id, label, props) VALUES (:id, :label, :props)
ON CONFLICT (id) DO UPDATE SET props = excluded.props
