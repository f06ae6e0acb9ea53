// The documents(filter) listing without words: one query that filters, counts, sorts
// and pages. The most selective criterion given picks the documents (an organisation's,
// from its node and its committees; else a municipality's or a county's by index seek;
// else every Document); the others then filter them. A branch whose criterion is not
// given unwinds an empty list, so it reads nothing.
CALL () {
  UNWIND CASE WHEN $organization IS NULL THEN [] ELSE [$organization] END AS org
  MATCH (o:Entity {id: org})
  USING INDEX SEEK o:Entity(id)
  OPTIONAL MATCH (c:Entity)-[:PART_OF]->(o)
  WITH o, collect(c) AS committees
  UNWIND [o] + committees AS owner
  WITH DISTINCT owner
  MATCH (owner)-[r:ADOPTED|ISSUED|SIGNED|FOLLOWS_UP|COORDINATES|DECIDED]->(x:Entity)
  UNWIND CASE type(r)
    WHEN 'DECIDED' THEN [(x)-[:CONCERNS]->(y:Document) | y]
    ELSE [x]
  END AS d
  WITH DISTINCT d
  WHERE d:Document
  RETURN d
  UNION ALL
  UNWIND CASE WHEN $organization IS NULL AND $municipality IS NOT NULL
    THEN [$municipality] ELSE [] END AS code
  MATCH (d:Document {municipality_code: code})
  RETURN d
  UNION ALL
  UNWIND CASE WHEN $organization IS NULL AND $municipality IS NULL AND $county IS NOT NULL
    THEN [$county] ELSE [] END AS code
  MATCH (d:Document {county_code: code})
  RETURN d
  UNION ALL
  UNWIND CASE WHEN $organization IS NULL AND $municipality IS NULL AND $county IS NULL
    THEN [true] ELSE [] END AS everything
  MATCH (d:Document)
  RETURN d
}
WITH d
WHERE ($county IS NULL OR d.county_code = $county)
  AND ($municipality IS NULL OR d.municipality_code = $municipality)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($level IS NULL OR d.level = $level)
  AND (($period_from IS NULL AND $period_to IS NULL)
       OR (d.period_start IS NOT NULL
           AND ($period_to IS NULL OR d.period_start <= $period_to)
           AND ($period_from IS NULL OR coalesce(d.period_end, d.period_start) >= $period_from)))
WITH d ORDER BY d.sort_title, d.id
WITH collect(d) AS found
WITH found, CASE WHEN $limit IS NULL THEN size(found) ELSE $offset + $limit END AS end
RETURN size(found) AS total,
       [x IN found[$offset..end] | {id: x.id, props: properties(x)}] AS page
