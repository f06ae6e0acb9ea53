SELECT id, label, props FROM nodes WHERE id IN (SELECT value FROM json_each(:ids))
