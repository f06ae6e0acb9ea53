// As next_write_seq, for $n writes at once: the first of $n consecutive numbers.
MERGE (c:WriteCounter {name: 'writes'})
SET c.seq = coalesce(c.seq, 0) + $n
RETURN c.seq - $n + 1 AS seq
