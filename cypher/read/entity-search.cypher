// Entities by name or alias, best first: the id or exact name, then an exact alias, then names that
// start with the text, then full-text hits on names and aliases (index entityNames, CJK bigrams, so
// partial names match), then names or aliases that contain it.
// $q: the text in Simplified script; $raw: as typed; $lucene: $q escaped for Lucene; $type: a label or null.
CALL () {
  MATCH (e:Entity)
  WHERE e.id = $raw OR e.name IN [$q, $raw]
  RETURN e, 100.0 AS score
  UNION ALL
  MATCH (e:Entity)
  WHERE any(alias IN e.aliases WHERE alias IN [$q, $raw])
  RETURN e, 90.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 200}) YIELD node, score
  RETURN node AS e, 10.0 + 40.0 * score / (score + 1.0) AS score
  UNION ALL
  MATCH (e:Entity)
  WHERE e.name CONTAINS $q OR any(alias IN e.aliases WHERE alias CONTAINS $q)
  RETURN e, CASE WHEN e.name STARTS WITH $q THEN 60.0 ELSE 5.0 END AS score
}
WITH e, max(score) AS score
WHERE $type IS NULL OR $type IN labels(e)
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.aliases AS aliases, e.code AS code, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount, score
ORDER BY score DESC, mentionCount DESC, size(name), name
LIMIT $limit
