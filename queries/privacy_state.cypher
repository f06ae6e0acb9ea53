// The store's secret salt (made by schema.cypher) and the salted hashes of erased people.
MATCH (s:PrivacySalt {name: 'salt'})
OPTIONAL MATCH (e:Erasure)
RETURN s.value AS salt, collect(e.subject_hash) AS erased
