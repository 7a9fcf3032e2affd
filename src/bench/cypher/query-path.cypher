// GET /api/paths?from=&to= as expected: one shortest chain of facts (at most six) between two entities.
// Two MATCH clauses, not one with a comma: a cartesian-product notification would make the embedded
// Query API fail (it serialises notifications with driver 5 API, the classpath has driver 6).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS facts
