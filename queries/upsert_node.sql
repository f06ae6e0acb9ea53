-- Later sources add properties; json_patch keeps the ones they do not mention.
INSERT INTO nodes (id, label, props) VALUES (:id, :label, :props)
ON CONFLICT (id) DO UPDATE SET props = json_patch(nodes.props, excluded.props)
