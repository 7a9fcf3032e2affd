// Removes what a document contributed: its share of facts (evidence, documents; a fact with no
// document left goes), its sentences with their mentions. Returns the entities it touched, for
// delete-orphans. Facts of a document always touch an entity it mentions or an ancestor
// of one in the official hierarchy, so the search starts there rather than scanning every fact.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT s) AS sentences, collect(s.id) AS sentenceIds, collect(e) AS mentioned
CALL (mentioned) {
  UNWIND mentioned AS e
  MATCH (e)-[:LOCATED_IN*0..4]->(x:Entity)
  RETURN collect(DISTINCT x) AS touched
}
CALL (touched, sentenceIds) {
  UNWIND touched AS x
  MATCH (x)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(:Entity)
  WHERE $id IN r.documents
  WITH DISTINCT r
  SET r.documents = [doc IN r.documents WHERE doc <> $id],
      r.evidence = [sid IN r.evidence WHERE NOT sid IN sentenceIds]
  SET r.mentions = size(r.evidence)
  WITH r WHERE size(r.documents) = 0
  // an official hierarchy link stays, as the gazetteer's; any other fact without a document goes
  FOREACH (official IN CASE WHEN r.official THEN [true] ELSE [] END | SET r.origin = 'gazetteer')
  WITH r WHERE r.official IS NULL
  DELETE r
}
CALL (sentences) {
  UNWIND sentences AS s
  DETACH DELETE s
}
RETURN [x IN touched | x.id] AS touched
