// Every quote a source gives: its MENTIONS (with what they state about the node), and
// the relationships whose evidence cites it, found by an index seek per type.
MATCH (:Source {id: $source_id})-[m:MENTIONS]->()
RETURN elementId(m) AS rid, m.start AS start, m.end AS end, m.quote AS quote,
       m.stated AS stated, null AS title
UNION ALL
CALL () {
//@each type joined by   UNION ALL
  MATCH ()-[r:{TYPE} {source_id: $source_id}]->() RETURN r
//@end
}
RETURN elementId(r) AS rid, r.start AS start, r.end AS end, r.quote AS quote,
       null AS stated, r.title AS title
