SELECT label, COUNT(*) AS n FROM nodes GROUP BY label
