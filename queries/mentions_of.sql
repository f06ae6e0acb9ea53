SELECT node_id, source_id, start, "end", quote, rule, confidence, page, section, end_page
FROM mentions WHERE node_id IN (SELECT value FROM json_each(:ids))
