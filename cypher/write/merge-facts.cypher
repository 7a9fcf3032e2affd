// Facts stated by a text: one relationship per fact (source, type, target, key). Each document adds its
// own evidence, one STATES link from each sentence that states the fact, and bumps the fact's counters
// (SET r.x = r.x + … locks the relationship before reading it, so concurrent loads add up correctly).
// A row has at least one evidence sentence; rows of one document are one per fact.
UNWIND $facts AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.id = row.id, r.mentions = 0, r.documentCount = 0, r.confidence = row.confidence
SET r.mentions = r.mentions + size(row.evidence),
    r.documentCount = r.documentCount + 1,
    r.origin = 'text',
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.amountCny = coalesce(row.amountCny, r.amountCny),
    r.amountQualifier = coalesce(row.amountQualifier, r.amountQualifier),
    r.amount = coalesce(row.amount, r.amount),
    r.currency = coalesce(row.currency, r.currency),
    r.project = coalesce(row.project, r.project),
    r.date = coalesce(row.date, r.date)
WITH a, row
UNWIND row.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
CREATE (s)-[:STATES {fact: row.id}]->(a)
