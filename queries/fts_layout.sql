-- Whether node_text is still the old full-text table that held the ids itself (stores
-- made before the external-content indexes): then migrate_fts_* moves its rows.
SELECT count(*) AS old FROM pragma_table_info('node_text') WHERE name = 'id'
