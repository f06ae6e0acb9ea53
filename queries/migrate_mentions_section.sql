-- Migration: stores made before evidence had a section.
ALTER TABLE mentions ADD COLUMN section TEXT
