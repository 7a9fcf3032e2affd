// The entity a request names: by id, else by canonical name, else by alias (the most mentioned wins).
// Each branch starts from an index: the id constraint, the name index, and for aliases the full-text
// candidates of $aliasQuery, checked exactly (a scan of every entity's aliases would read them all).
// $ref: as given; $names: the given text and its Simplified form; $aliasQuery: Lucene, matches every
// entity with an alias among $names.
CALL () {
  MATCH (e:Entity {id: $ref})
  RETURN e, 0 AS rank
  UNION ALL
  MATCH (e:Entity)
  WHERE e.name IN $names
  RETURN e, 1 AS rank
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $aliasQuery, {limit: 1000}) YIELD node AS e
  WITH e
  WHERE any(alias IN e.aliases WHERE alias IN $names)
  RETURN e, 2 AS rank
}
WITH e, min(rank) AS rank
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.code AS code, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
ORDER BY rank, mentionCount DESC
LIMIT 1
