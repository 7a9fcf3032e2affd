// GET /api/paths?from=&to= as expected: one shortest chain of facts (at most six) between two entities.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..6]-(b))
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS facts
