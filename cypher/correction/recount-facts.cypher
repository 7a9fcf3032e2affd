// Sets facts' counters from their evidence (the STATES links of their sentences), as loads would have
// counted them; a fact no document states any more goes, unless it is an official hierarchy link.
UNWIND $ids AS fact
CALL (fact) {
  MATCH ()-[r:COOPERATES_WITH {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: fact}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: fact}]->() RETURN r
}
WITH r, COUNT { (:Sentence)-[:STATES {fact: r.id}]->() } AS statements,
     COUNT { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->() RETURN DISTINCT d } AS documents
SET r.mentions = statements, r.documentCount = documents,
    r.origin = CASE WHEN documents > 0 THEN 'text' ELSE 'gazetteer' END
WITH r, documents
WHERE documents = 0 AND r.official IS NULL
DELETE r
