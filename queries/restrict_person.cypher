// A restriction already in force keeps its alias and its time.
MERGE (r:PersonRestriction {person_id: $id})
ON CREATE SET r += $props
