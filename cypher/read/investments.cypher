// Investments (INVESTS_IN facts), largest first, each with up to $evidence of the sentences that state
// it. $target: an entity id; the investments into it and into anything located in it (a park in a
// district in a city…); $source: an investor's id; $minAmount: yuan. Each filter is off when null.
MATCH (s:Entity)-[r:INVESTS_IN]->(t:Entity)
WHERE ($source IS NULL OR s.id = $source)
  AND ($target IS NULL OR t.id = $target OR EXISTS { (t)-[:LOCATED_IN*1..4]->(:Entity {id: $target}) })
  AND ($minAmount IS NULL OR r.amountCny >= $minAmount)
CALL (r) {
  MATCH (d:Document)-[:HAS_SENTENCE]->(sentence:Sentence)-[:STATES {fact: r.id}]->()
  WITH d, sentence
  LIMIT $evidence
  RETURN collect({sentenceId: sentence.id, text: sentence.text, documentId: d.id, document: d.name}) AS evidence
}
RETURN s.id AS sourceId, s.name AS source, t.id AS targetId, t.name AS target,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       r.origin AS origin, r.mentions AS mentions, r.documentCount AS documentCount, evidence
ORDER BY coalesce(amountCny, -1) DESC, source, target
