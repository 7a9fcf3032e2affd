// The most connected entities: in how many facts stated by a text (cooperation, investment, location)
// each takes part, optionally only entities of one type.
// @param type String values Region,Province,City,District,Town,Park,Company,Platform,Organization "entity type; all when omitted"
// @param limit Integer default 20 min 1 max 200 "rows at most"
// @example type=District&limit=10
MATCH (e:Entity)
WHERE $type IS NULL OR $type IN labels(e)
WITH e, COUNT { (e)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(:Entity) WHERE r.origin = 'text' } AS facts
WHERE facts > 0
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type, facts,
       COUNT { (e)-[:COOPERATES_WITH]-(:Entity) } AS cooperations,
       COUNT { (e)-[:INVESTS_IN]-(:Entity) } AS investments,
       COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
ORDER BY facts DESC, mentionCount DESC, name
LIMIT $limit
