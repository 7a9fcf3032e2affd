// Provenance check: every fact stated by a text has at least one evidence sentence that exists and
// belongs to one of the fact's documents. Must return zero.
MATCH ()-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->()
WHERE r.origin = 'text'
  AND NOT EXISTS {
    MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)
    WHERE s.id IN r.evidence AND d.id IN r.documents
  }
RETURN count(r) AS factsWithoutEvidence
