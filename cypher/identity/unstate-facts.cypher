// Rewritten documents' share of the facts they no longer state as before (an end's identity changed), as
// detach-document takes it for all of a document's facts: their evidence links go (those of a fact an
// analyst rejected too, whose relationship is gone), the fact's counters go down, and a fact no document
// states any more goes unless it is an official hierarchy link. merge-facts then writes what they state now.
// One row per fact after the links go (two documents may give up one fact: the rows of a statement are
// read together, so two rows of one fact would both see it emptied and both delete it). Returns the facts'
// ends, for delete-orphans, and the facts left with an amount or date, for restate-values.
UNWIND $facts AS row
MATCH (:Document {id: row.documentId})-[:HAS_SENTENCE]->(:Sentence)-[st:STATES {fact: row.fact}]->(:Entity)
WITH row, collect(st) AS links
FOREACH (st IN links | DELETE st)
WITH row.fact AS fact, sum(size(links)) AS statements, count(*) AS documents
CALL (fact) {
  MATCH ()-[r:COOPERATES_WITH {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: fact}]->() RETURN r
}
SET r.mentions = r.mentions - statements, r.documentCount = r.documentCount - documents
WITH r, [startNode(r).id, endNode(r).id] AS ends,
     CASE WHEN r.documentCount > 0 AND (r.amountFrom IS NOT NULL OR r.dateFrom IS NOT NULL) THEN r.id END AS kept
CALL (r) {
  WITH r WHERE r.documentCount = 0
  FOREACH (official IN CASE WHEN r.official THEN [true] ELSE [] END | SET r.origin = 'gazetteer')
  WITH r WHERE r.official IS NULL
  DELETE r
}
UNWIND ends AS id
RETURN collect(DISTINCT id) AS touched, collect(DISTINCT kept) AS restate
