// Entities by name or alias, best first: the id or exact name (100), an exact alias (90), names that
// start with the text (60), full-text hits on names and aliases (10–50: index entityNames, CJK bigrams,
// so partial names match), then names or aliases that contain it (5).
// Every branch starts from an index, never from all entities: id and name from the constraint and the
// range index, aliases from full-text candidates ($aliasQuery) checked exactly, substrings of names from
// full-text candidates ($nameQuery) or, for one character or text that is not Han, from the text index
// entityNameText. The substring tier looks at $scan candidates at most, and only when the others found
// fewer than $limit.
// $q: the text in Simplified script; $raw: as typed; $names: [$q, $raw]; $lucene: $q escaped for Lucene;
// $aliasQuery: a Lucene query that every entity with an alias equal to $raw or containing $q matches;
// $nameQuery: a Lucene phrase that every name containing $q matches, or null; $type: a label or null.
CALL () {
  MATCH (e:Entity {id: $raw})
  RETURN e, 100.0 AS score
  UNION ALL
  MATCH (e:Entity)
  WHERE e.name IN $names
  RETURN e, 100.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $aliasQuery, {limit: $scan}) YIELD node AS e
  WITH e, [alias IN e.aliases WHERE alias CONTAINS $q OR alias = $raw] AS hits
  WHERE size(hits) > 0
  RETURN e, CASE WHEN any(alias IN hits WHERE alias IN $names) THEN 90.0 ELSE 5.0 END AS score
  UNION ALL
  MATCH (e:Entity)
  WHERE e.name STARTS WITH $q
  RETURN e, 60.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 200}) YIELD node, score
  RETURN node AS e, 10.0 + 40.0 * score / (score + 1.0) AS score
}
WITH e, max(score) AS score
WHERE $type IS NULL OR $type IN labels(e)
WITH collect({e: e, score: score}) AS ranked
// names that only contain the text rank below every other hit: look for them only when those leave room
CALL (ranked) {
  WITH ranked
  WHERE size([hit IN ranked WHERE hit.score > 5.0]) < $limit
  CALL () {
    // Han text of two characters or more: its phrase of bigrams on names finds every name holding it
    WITH $nameQuery AS query
    WHERE query IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', query, {limit: $scan}) YIELD node
    RETURN node AS e
    UNION
    // one character, or not Han: the text index (trigrams; shorter text makes it scan its terms)
    WITH $nameQuery AS query
    WHERE query IS NULL
    CALL (query) {
      MATCH (e:Entity)
      WHERE e.name CONTAINS $q
      RETURN e
      LIMIT $scan
    }
    RETURN e
  }
  WITH e
  WHERE e.name CONTAINS $q AND ($type IS NULL OR $type IN labels(e))
  WITH e
  LIMIT $scan
  RETURN collect({e: e, score: 5.0}) AS contained
}
UNWIND ranked + contained AS hit
WITH hit.e AS e, max(hit.score) AS score
WITH e, score, e.name AS name, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
ORDER BY score DESC, mentionCount DESC, size(name), name
LIMIT $limit
// for the page only: the nearest parent place (the official one first) and the fact counts by type
RETURN e.id AS id, name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.aliases AS aliases, e.code AS code, mentionCount, score,
       head(COLLECT {
         MATCH (e)-[l:LOCATED_IN]->(p:Entity)
         RETURN p {.id, .name, type: [label IN labels(p) WHERE label <> 'Entity'][0]}
         ORDER BY l.origin = 'gazetteer' DESC, l.mentions DESC
         LIMIT 1
       }) AS parent,
       {
         COOPERATES_WITH: COUNT { (e)-[:COOPERATES_WITH]-(:Entity) },
         INVESTS_IN: COUNT { (e)-[:INVESTS_IN]-(:Entity) },
         LOCATED_IN: COUNT { (e)-[:LOCATED_IN]-(:Entity) }
       } AS facts
ORDER BY score DESC, mentionCount DESC, size(name), name
