// The entity a request names: by id, else by canonical name, else by alias (the most mentioned wins).
// $ref: as given; $names: the given text and its Simplified form.
MATCH (e:Entity)
WHERE e.id = $ref OR e.name IN $names OR any(alias IN e.aliases WHERE alias IN $names)
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.code AS code, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
ORDER BY CASE WHEN e.id = $ref THEN 0 WHEN e.name IN $names THEN 1 ELSE 2 END, mentionCount DESC
LIMIT 1
