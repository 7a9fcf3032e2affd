// The facts a document supports, each with its evidence sentences from this document.
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[st:STATES]->(:Entity)
WITH st.fact AS fact, collect(s {.id, .index, .text, .start, .end}) AS evidence
CALL (fact) {
  MATCH ()-[r:COOPERATES_WITH {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: fact}]->() RETURN r
}
WITH startNode(r) AS x, r, endNode(r) AS b, evidence
RETURN x.id AS sourceId, x.name AS source, type(r) AS type, b.id AS targetId, b.name AS target,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       r.origin AS origin, r.confidence AS confidence, evidence
ORDER BY type, source, target
