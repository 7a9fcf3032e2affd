// Up to $evidence of the sentences that state each fact, with their documents. $facts: fact ids.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (s:Sentence)-[:STATES {fact: fact}]->()
  WITH s
  LIMIT $evidence
  MATCH (d:Document)-[:HAS_SENTENCE]->(s)
  RETURN collect({sentenceId: s.id, text: s.text, documentId: d.id, document: d.name}) AS evidence
}
RETURN fact, evidence
