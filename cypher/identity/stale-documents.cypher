// The next documents to write again under the current identities (see mark-stale), through their index.
MATCH (d:Document)
WHERE d.identityStale = true
RETURN d.id AS id
ORDER BY id
LIMIT $limit
