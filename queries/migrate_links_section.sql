-- Migration: stores made before evidence had a section.
ALTER TABLE links ADD COLUMN section TEXT
