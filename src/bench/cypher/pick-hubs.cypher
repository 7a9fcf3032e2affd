// Query arguments: the entities with the most facts (what analysts open first).
MATCH (e:Entity)
WITH e, COUNT { (e)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-() } AS facts
ORDER BY facts DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, facts
