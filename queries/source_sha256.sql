SELECT json_extract(props, '$.sha256') AS sha256 FROM nodes WHERE id = :id AND label = 'Source'
