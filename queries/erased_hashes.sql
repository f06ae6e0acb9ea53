-- The salted hashes of erased people, which ingest keeps out.
SELECT subject_hash FROM erasures
