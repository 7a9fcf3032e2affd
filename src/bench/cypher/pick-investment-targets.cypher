// Query arguments: the entities that receive the most investments.
MATCH (t:Entity)<-[r:INVESTS_IN]-()
WITH t, count(r) AS investments
ORDER BY investments DESC, t.id
LIMIT $limit
RETURN t.id AS id, t.name AS name, investments
