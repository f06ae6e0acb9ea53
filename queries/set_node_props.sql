UPDATE nodes SET props = :props WHERE id = :id
