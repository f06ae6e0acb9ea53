INSERT INTO erasures (erasure_id, subject_hash, erased_at)
VALUES (:erasure_id, :subject_hash, :erased_at)
