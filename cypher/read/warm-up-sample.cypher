// What the read warm-up (graph/read/ReadWarmUp) asks about: an entity in few facts (its pages are cheap to read
// again and again), one entity it has a fact with, and a document that mentions it. No row when no entity
// among the first $candidates has a fact. Bounded: reads $candidates entities and their fact counts at most.
MATCH (e:Entity)
WITH e
LIMIT $candidates
WITH e, COUNT { (e)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(:Entity) } AS facts
WHERE facts > 0
WITH e, facts
ORDER BY facts, e.id
LIMIT 1
MATCH (e)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(other:Entity)
WITH e, other
LIMIT 1
RETURN e.id AS id, e.name AS name, other.id AS other,
       head(COLLECT { MATCH (d:Document)-[:HAS_SENTENCE]->()-[:MENTIONS]->(e) RETURN d.id LIMIT 1 }) AS document
