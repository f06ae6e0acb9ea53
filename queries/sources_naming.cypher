// Sources whose text or title holds a word of a name ($match, lower case): an erasure
// redacts the name wherever it stands. Rare, so a scan of the sources.
MATCH (s:Source)
WHERE toLower(s.text) CONTAINS $match OR toLower(coalesce(s.title, '')) CONTAINS $match
RETURN s.id AS id, properties(s) AS props
