// The facts a document supports, each with its evidence sentences from this document.
// Facts touch an entity the document mentions or one of its ancestors, so the search starts there.
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (e)-[:LOCATED_IN*0..4]->(x:Entity)
WITH DISTINCT x
MATCH (x)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
WHERE $id IN r.documents
WITH DISTINCT x, r, b
OPTIONAL MATCH (s:Sentence) WHERE s.id IN r.evidence AND s.id STARTS WITH $id + ':'
WITH x, r, b, collect(s {.id, .index, .text, .start, .end}) AS evidence
RETURN x.id AS sourceId, x.name AS source, type(r) AS type, b.id AS targetId, b.name AS target,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       r.origin AS origin, r.confidence AS confidence, evidence
ORDER BY type, source, target
