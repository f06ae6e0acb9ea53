-- The evidence of search rows' quotes, by ref (:ids: "m:<mention key>", "l:<link key>").
SELECT 'm:' || key AS ref, source_id, start, "end", quote, rule, confidence, page, section,
       end_page
FROM mentions
WHERE key IN (SELECT substr(value, 3) FROM json_each(:ids) WHERE substr(value, 1, 2) = 'm:')
UNION ALL
SELECT 'l:' || key AS ref, source_id, start, "end", quote, rule, confidence, page, section,
       end_page
FROM links
WHERE key IN (SELECT substr(value, 3) FROM json_each(:ids) WHERE substr(value, 1, 2) = 'l:')
