// Provenance check of the whole graph; every column must be zero.
// - wrongCounters: facts whose mentions/documentCount disagree with their STATES evidence, text facts
//   without evidence, facts no text states that are not official hierarchy links
// - statesToMissingFacts: STATES links whose fact id names no relationship
// - sentencesWithoutDocument: sentences no document holds
// - documentsWithoutContent: Document nodes never completely written (no contentHash)
CALL () {
  MATCH ()-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->()
  WITH r, COUNT { (:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->() } AS statements,
       COUNT { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->() RETURN DISTINCT d } AS documents
  WHERE statements <> r.mentions OR documents <> r.documentCount
     OR (r.origin = 'text') <> (documents > 0)
     OR (documents = 0 AND r.official IS NULL)
  RETURN count(r) AS wrongCounters
}
CALL () {
  MATCH (:Sentence)-[st:STATES]->()
  WHERE NOT EXISTS { ()-[:COOPERATES_WITH {id: st.fact}]->() }
    AND NOT EXISTS { ()-[:INVESTS_IN {id: st.fact}]->() }
    AND NOT EXISTS { ()-[:LOCATED_IN {id: st.fact}]->() }
  RETURN count(st) AS statesToMissingFacts
}
CALL () {
  MATCH (s:Sentence) WHERE NOT EXISTS { (:Document)-[:HAS_SENTENCE]->(s) }
  RETURN count(s) AS sentencesWithoutDocument
}
CALL () {
  MATCH (d:Document) WHERE d.contentHash IS NULL
  RETURN count(d) AS documentsWithoutContent
}
RETURN wrongCounters, statesToMissingFacts, sentencesWithoutDocument, documentsWithoutContent
