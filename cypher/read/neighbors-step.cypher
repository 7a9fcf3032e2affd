// One step of a neighbourhood walk: the facts of the frontier entities and the entities at their
// other end. $type: a fact type or null; $limit: relationships at most.
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(b:Entity)
WHERE $type IS NULL OR type(r) = $type
WITH DISTINCT r, b
LIMIT $limit
RETURN elementId(r) AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       r.amountCny AS amountCny, r.project AS project, r.date AS date, r.origin AS origin, r.mentions AS mentions,
       b {.id, .name, .code, mentionCount: COUNT { (b)<-[:MENTIONS]-() }, type: [label IN labels(b) WHERE label <> 'Entity'][0]} AS neighbor
