// The facts a document supports, each with the sentences of that document that state it.
// @param document String required "the document's name or id, e.g. 000_cd54af0347ee029f.txt"
// @param limit Integer default 200 min 1 max 2000 "rows at most"
// @example document=000_cd54af0347ee029f.txt
MATCH (d:Document)
WHERE d.id = $document OR d.name = $document
MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)-[st:STATES]->(:Entity)
WITH d, st.fact AS fact, collect(s.text) AS evidence
CALL (fact) {
  MATCH ()-[r:COOPERATES_WITH {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: fact}]->() RETURN r
}
RETURN d.name AS document, startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       r.amountCny AS amountCny, r.project AS project, r.date AS date, r.origin AS origin, evidence
ORDER BY type, source, target
LIMIT $limit
