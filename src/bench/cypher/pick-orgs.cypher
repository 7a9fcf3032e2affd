// Query arguments: organisations that take part in text facts, the ones most mentioned first.
MATCH (e:Entity)
WHERE (e:Company OR e:Park OR e:Platform OR e:Organization)
  AND EXISTS { (e)-[:COOPERATES_WITH|INVESTS_IN]-() }
RETURN e.id AS id, e.name AS name
ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC, e.id
LIMIT $limit
