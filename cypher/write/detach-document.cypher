// Removes what a document contributed: its share of each fact it states (counters down; a fact no
// document states any more goes, unless it is an official hierarchy link), its mentions and evidence
// links. Its sentences stay (a document rewritten because an entity it names changed identity keeps
// them; delete-sentences removes them otherwise). Returns the entities it touched (mentioned, their
// ancestors, the ends of its facts) for delete-orphans, and the facts left with an amount or date, for
// restate-values (once the document's evidence links are gone).
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
WITH d, collect(s) AS sentences
CALL (sentences) {
  UNWIND sentences AS s
  MATCH (s)-[st:STATES]->(:Entity)
  WITH st.fact AS fact, count(*) AS statements
  CALL (fact) {
    MATCH ()-[r:COOPERATES_WITH {id: fact}]->() RETURN r
    UNION
    MATCH ()-[r:INVESTS_IN {id: fact}]->() RETURN r
    UNION
    MATCH ()-[r:LOCATED_IN {id: fact}]->() RETURN r
  }
  SET r.mentions = r.mentions - statements, r.documentCount = r.documentCount - 1
  WITH r, [startNode(r), endNode(r)] AS ends,
       CASE WHEN r.documentCount > 0 AND (r.amountFrom IS NOT NULL OR r.dateFrom IS NOT NULL) THEN r.id END AS kept
  CALL (r) {
    WITH r WHERE r.documentCount = 0
    // an official hierarchy link stays, as the gazetteer's; any other fact without a document goes
    FOREACH (official IN CASE WHEN r.official THEN [true] ELSE [] END | SET r.origin = 'gazetteer')
    WITH r WHERE r.official IS NULL
    DELETE r
  }
  UNWIND ends AS x
  RETURN collect(DISTINCT x) AS factEnds, collect(DISTINCT kept) AS restate
}
CALL (sentences) {
  UNWIND sentences AS s
  MATCH (s)-[:MENTIONS]->(e:Entity)
  MATCH (e)-[:LOCATED_IN*0..4]->(x:Entity)
  RETURN collect(DISTINCT x) AS mentioned
}
CALL (sentences) {
  UNWIND sentences AS s
  MATCH (s)-[link:MENTIONS|STATES]->()
  DELETE link
}
RETURN [x IN factEnds + mentioned | x.id] AS touched, restate
