// Documents whose contribution names an entity that is no longer the one their names belong to: marked by
// a bulk write (the graph's writer rewrites them once, at settle), unmarked when written again. Only the
// documents whose mark changes are written (a document is marked again by each batch that moves its names):
// the writer keeps the marks beside its index and passes only those (IdentityWrites.Change.remark); the
// check below stays for a store another writer changed meanwhile.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WITH d
WHERE (d.identityStale IS NULL) = $stale
SET d.identityStale = CASE WHEN $stale THEN true ELSE null END
