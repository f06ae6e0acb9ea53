-- Links leaving any of :ids, of the given :types (JSON arrays).
SELECT type, from_id, to_id, date, date_precision, title,
       source_id, start, "end", quote, rule, confidence, page, section, end_page
FROM links
WHERE from_id IN (SELECT value FROM json_each(:ids))
  AND type IN (SELECT value FROM json_each(:types))
