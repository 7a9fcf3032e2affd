// GET /api/investments?target= as expected: the investments into an entity, totalled, biggest first.
MATCH (t:Entity {id: $target})<-[r:INVESTS_IN]-(i:Entity)
WITH t, i, r
ORDER BY r.amountCny DESC
RETURN t.id AS id, t.name AS name, count(r) AS investments, sum(r.amountCny) AS totalCny,
       collect({investorId: i.id, investor: i.name, amountCny: r.amountCny, project: r.project})[..$limit] AS items
