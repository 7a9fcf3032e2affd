// Official hierarchy links (district in city in province) for the places a document names. They are
// not tied to documents: a link lives as long as its lower place does (see delete-orphans), so the
// thousands of documents naming places of one province never rewrite the same relationship. A link a
// text also states gets evidence and becomes origin 'text' (merge-facts), and 'gazetteer' again
// when that text goes.
UNWIND $links AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:LOCATED_IN {key: ''}]->(b)
ON CREATE SET r.id = row.id, r.official = true, r.origin = 'gazetteer', r.mentions = 0, r.documentCount = 0,
              r.confidence = 1.0
WITH r
WHERE r.official IS NULL
SET r.official = true
