MATCH (e:Erasure)
RETURN e.erasure_id AS erasure_id, e.subject_hash AS subject_hash, e.erased_at AS erased_at
ORDER BY erased_at, erasure_id
