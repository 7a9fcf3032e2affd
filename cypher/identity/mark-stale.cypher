// Documents whose contribution names an entity that is no longer the one their names belong to: marked by
// a bulk write (the graph's writer rewrites them once, at settle), unmarked when written again.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.identityStale = CASE WHEN $stale THEN true ELSE null END
