UPDATE nodes SET props = json_set(props, '$.also_at', json(:also_at)) WHERE id = :id
