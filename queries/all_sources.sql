-- Every source with its text: an erasure redacts a name wherever it stands (rare, so a scan).
SELECT id, props FROM nodes WHERE label = 'Source'
