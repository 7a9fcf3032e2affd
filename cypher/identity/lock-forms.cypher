// Every write of documents takes this one lock first: the forms and their entities change one
// transaction at a time, and the version tells a writer whether the forms it holds in memory are current.
MERGE (s:IdentityState {id: 'forms'})
ON CREATE SET s.version = 0
SET s.version = s.version + 1
RETURN s.version - 1 AS version
