// When the newest document was loaded: the last entry of index documentLoadedAt, not a read of every document.
MATCH (d:Document)
WHERE d.loadedAt IS NOT NULL
RETURN d.loadedAt AS lastLoad
ORDER BY d.loadedAt DESC
LIMIT 1
