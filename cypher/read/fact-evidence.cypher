// Up to $evidence of the sentences that state each fact, with their documents and mentions. $facts: fact ids.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (s:Sentence)-[:STATES {fact: fact}]->()
  WITH s
  LIMIT $evidence
  MATCH (d:Document)-[:HAS_SENTENCE]->(s)
  RETURN collect({sentenceId: s.id, text: s.text, documentId: d.id, document: d.name, date: d.publishedAt,
    marks: [(s)-[m:MENTIONS]->(x:Entity) | {start: m.start - s.start, end: m.end - s.start, entityId: x.id,
             type: [label IN labels(x) WHERE label <> 'Entity'][0]}]}) AS evidence
}
RETURN fact, evidence
