// GET /api/entities/{id}/neighbors?depth=2 as expected: entities within two facts, nearest first.
MATCH (e:Entity {id: $id})-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(n1:Entity)
WITH e, collect(DISTINCT n1) AS first
CALL (e, first) {
  UNWIND first AS n1
  MATCH (n1)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(n2:Entity)
  WHERE n2 <> e AND NOT n2 IN first
  RETURN collect(DISTINCT n2)[..$limit] AS second
}
UNWIND [n IN first | [n, 1]] + [n IN second | [n, 2]] AS pair
WITH pair[0] AS n, pair[1] AS depth
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, depth
ORDER BY depth, n.mentionCount DESC
LIMIT $limit
