// Orders the writes, so that a later write wins a property two sources state
// differently; the counter's lock also serialises concurrent writes.
MERGE (c:WriteCounter {name: 'writes'})
SET c.seq = coalesce(c.seq, 0) + 1
RETURN c.seq AS seq
