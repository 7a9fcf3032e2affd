// GET /api/entities/{id}/neighbors?depth=2 as expected: entities within two facts, nearest first. Bounded
// at each hop (the best-known first neighbours, a few second neighbours through each): a hub such as
// 长三角 or a province reaches most of the graph in two steps.
MATCH (e:Entity {id: $id})-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(n1:Entity)
WITH DISTINCT e, n1
ORDER BY COUNT { (n1)<-[:MENTIONS]-() } DESC
LIMIT $limit
WITH e, collect(n1) AS first
CALL (e, first) {
  UNWIND first AS n1
  CALL (n1) {
    MATCH (n1)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(n2:Entity)
    RETURN n2
    LIMIT 20
  }
  WITH n2
  WHERE n2 <> e AND NOT n2 IN first
  RETURN collect(DISTINCT n2)[..$limit] AS second
}
UNWIND [n IN first | [n, 1]] + [n IN second | [n, 2]] AS pair
WITH pair[0] AS n, pair[1] AS depth
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, depth
ORDER BY depth, COUNT { (n)<-[:MENTIONS]-() } DESC
LIMIT $limit
