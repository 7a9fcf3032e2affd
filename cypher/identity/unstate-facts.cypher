// A rewritten document's share of the facts it no longer states as before (an end's identity changed), as
// detach-document takes it for all of a document's facts: its evidence links go, the fact's counters go
// down, and a fact no document states any more goes unless it is an official hierarchy link. merge-facts
// then writes what the document states now. Returns the facts' ends, for delete-orphans.
UNWIND $facts AS row
MATCH (:Document {id: row.documentId})-[:HAS_SENTENCE]->(:Sentence)-[st:STATES {fact: row.fact}]->(:Entity)
WITH row, collect(st) AS links
CALL (row) {
  MATCH ()-[r:COOPERATES_WITH {id: row.fact}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: row.fact}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: row.fact}]->() RETURN r
}
FOREACH (st IN links | DELETE st)
SET r.mentions = r.mentions - size(links), r.documentCount = r.documentCount - 1
WITH r, [startNode(r).id, endNode(r).id] AS ends
CALL (r) {
  WITH r WHERE r.documentCount = 0
  FOREACH (official IN CASE WHEN r.official THEN [true] ELSE [] END | SET r.origin = 'gazetteer')
  WITH r WHERE r.official IS NULL
  DELETE r
}
UNWIND ends AS id
RETURN collect(DISTINCT id) AS touched
