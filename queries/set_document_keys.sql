INSERT INTO documents
    (id, sort_title, county_code, municipality_code, kind, level, period_start, period_end)
VALUES
    (:id, :sort_title, :county_code, :municipality_code, :kind, :level, :period_start,
     :period_end)
ON CONFLICT (id) DO UPDATE SET
    sort_title = excluded.sort_title, county_code = excluded.county_code,
    municipality_code = excluded.municipality_code, kind = excluded.kind,
    level = excluded.level, period_start = excluded.period_start,
    period_end = excluded.period_end
