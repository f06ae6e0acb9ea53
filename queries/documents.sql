-- The documents(filter) listing without words: one query that filters, counts, sorts
-- and pages. The most selective criterion given picks the rows (an organisation's
-- documents, else a municipality's or a county's by index, else all in index order);
-- the others then filter them. Every row carries the total; a page past the end gives
-- one row with the total and no document.
WITH owners (id) AS (
    SELECT :organization WHERE :organization IS NOT NULL
    UNION
    SELECT from_id FROM links
    WHERE :organization IS NOT NULL AND to_id = :organization AND type = 'PART_OF'
),
owned (id) AS (
    SELECT l.to_id FROM owners o JOIN links l ON l.from_id = o.id
    WHERE l.type IN ('ADOPTED', 'ISSUED', 'SIGNED', 'FOLLOWS_UP', 'COORDINATES')
    UNION
    SELECT c.to_id FROM owners o
    JOIN links d ON d.from_id = o.id AND d.type = 'DECIDED'
    JOIN links c ON c.from_id = d.to_id AND c.type = 'CONCERNS'
),
picked AS (
    SELECT d.* FROM owned o JOIN documents d ON d.id = o.id
    UNION ALL
    SELECT * FROM documents
    WHERE :organization IS NULL AND :municipality IS NOT NULL
      AND municipality_code = :municipality
    UNION ALL
    SELECT * FROM documents
    WHERE :organization IS NULL AND :municipality IS NULL AND :county IS NOT NULL
      AND county_code = :county
    UNION ALL
    SELECT * FROM documents
    WHERE :organization IS NULL AND :municipality IS NULL AND :county IS NULL
),
kept AS (
    SELECT id, sort_title FROM picked
    WHERE (:county IS NULL OR county_code = :county)
      AND (:municipality IS NULL OR municipality_code = :municipality)
      AND (:kind IS NULL OR kind = :kind)
      AND (:level IS NULL OR level = :level)
      AND ((:period_from IS NULL AND :period_to IS NULL)
           OR (period_start IS NOT NULL
               AND (:period_to IS NULL OR period_start <= :period_to)
               AND (:period_from IS NULL OR coalesce(period_end, period_start) >= :period_from)))
),
page AS (
    SELECT id, sort_title FROM kept ORDER BY sort_title, id
    LIMIT coalesce(:limit, -1) OFFSET :offset
)
SELECT t.total, n.id, n.label, n.props
FROM (SELECT count(*) AS total FROM kept) t
LEFT JOIN page p ON 1
LEFT JOIN nodes n ON n.id = p.id
ORDER BY p.sort_title, p.id
