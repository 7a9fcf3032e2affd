// Provenance check: every fact stated by a text has evidence, STATES links from sentences of loaded
// documents, and its counters agree with them (mentions = sentences, documentCount = their documents);
// a fact no text states is an official hierarchy link. Must return zero.
MATCH ()-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->()
WITH r, COUNT { (:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->() } AS statements,
     COUNT { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->() RETURN DISTINCT d } AS documents
WHERE statements <> r.mentions OR documents <> r.documentCount
   OR (r.origin = 'text') <> (documents > 0)
   OR (documents = 0 AND r.official IS NULL)
RETURN count(r) AS factsWithoutEvidence
