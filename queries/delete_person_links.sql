DELETE FROM links WHERE from_id = :id OR to_id = :id
