SELECT erasure_id, subject_hash, erased_at FROM erasures ORDER BY erased_at, erasure_id
