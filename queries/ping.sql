-- One cheap round trip: the store answers.
SELECT 1 AS ok
