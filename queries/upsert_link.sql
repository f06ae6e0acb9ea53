INSERT OR REPLACE INTO links
    (key, type, from_id, to_id, date, date_precision, title,
     source_id, start, "end", quote, rule, confidence, page, section)
VALUES
    (:key, :type, :from_id, :to_id, :date, :date_precision, :title,
     :source_id, :start, :end, :quote, :rule, :confidence, :page, :section)
