-- The store's secret salt for erasure hashes and restricted aliases (made by schema.sql).
SELECT value FROM privacy_salt WHERE name = 'salt'
