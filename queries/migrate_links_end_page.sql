-- Migration: stores made before evidence named the page a quote ends on.
ALTER TABLE links ADD COLUMN end_page INTEGER
