// Entities keep the first canonical name they were given; aliases accumulate across documents.
// Labels and aliases are written only when they change: a place named in most articles (a province)
// is then read, not locked, by each document's transaction, so concurrent loads do not queue on it.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.code = row.code, e.aliases = []
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name] AS newAliases
CALL (e, row) {
  WITH e, row
  WHERE NOT row.type IN labels(e)
  SET e:$(row.type)
}
CALL (e, newAliases) {
  WITH e, newAliases
  WHERE size(newAliases) > 0
  SET e.aliases = e.aliases + newAliases
}
