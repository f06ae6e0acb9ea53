-- Column names of one table, to tell which migrations an older store needs.
SELECT name FROM pragma_table_info(:table)
