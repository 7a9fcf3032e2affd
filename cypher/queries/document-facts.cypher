// The facts a document supports, each with the sentences of that document that state it.
// @param document String required "the document's name or id, e.g. 000_cd54af0347ee029f.txt"
// @param limit Integer default 200 min 1 max 2000 "rows at most"
// @example document=000_cd54af0347ee029f.txt
MATCH (d:Document)
WHERE d.id = $document OR d.name = $document
MATCH (d)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT d, e
MATCH (e)-[:LOCATED_IN*0..4]->(x:Entity)
WITH DISTINCT d, x
MATCH (x)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
WHERE d.id IN r.documents
WITH DISTINCT d, x, r, b
RETURN d.name AS document, x.name AS source, type(r) AS type, b.name AS target,
       r.amountCny AS amountCny, r.project AS project, r.date AS date, r.origin AS origin,
       COLLECT {
         UNWIND r.evidence AS sentenceId
         MATCH (d)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
         RETURN s.text
       } AS evidence
ORDER BY type, source, target
LIMIT $limit
