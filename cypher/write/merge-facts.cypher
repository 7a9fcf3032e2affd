// Facts stated by a text: one relationship per fact (source, type, target, key). Each document adds its
// own evidence, one STATES link from each sentence that states the fact, and bumps the fact's counters
// (SET r.x = r.x + … locks the relationship before reading it, so concurrent loads add up correctly).
// A row has at least one evidence sentence; rows of one document are one per fact.
// Amount and date: the link from the row's first evidence sentence (valuesFrom) keeps what the document
// states, and the fact shows the amount (and, apart, the date) of the first such link by sentence id
// (amountFrom, dateFrom): the same whatever order documents come in, and what the remaining evidence says
// when a document goes or is rewritten (detach-document, unstate-facts, then restate-values).
// One SET decides the values with the counters (amountFrom and dateFrom last: the items before them compare
// with the link the fact's values come from so far), and each evidence link (links: the evidence, the first
// with the document's values, FactRows) gets its values as it is created: the planner then needs one Eager
// step over the facts, not one over every evidence link and one per fact in subqueries.
UNWIND $facts AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.id = row.id, r.mentions = 0, r.documentCount = 0, r.confidence = row.confidence
SET r.mentions = r.mentions + size(row.evidence),
    r.documentCount = r.documentCount + 1,
    r.origin = 'text',
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.project = coalesce(row.project, r.project),
    r.amountCny = CASE WHEN row.amount IS NULL AND row.amountCny IS NULL OR r.amountFrom < row.valuesFrom
                       THEN r.amountCny ELSE row.amountCny END,
    r.amountQualifier = CASE WHEN row.amount IS NULL AND row.amountCny IS NULL OR r.amountFrom < row.valuesFrom
                             THEN r.amountQualifier ELSE row.amountQualifier END,
    r.amount = CASE WHEN row.amount IS NULL AND row.amountCny IS NULL OR r.amountFrom < row.valuesFrom
                    THEN r.amount ELSE row.amount END,
    r.currency = CASE WHEN row.amount IS NULL AND row.amountCny IS NULL OR r.amountFrom < row.valuesFrom
                      THEN r.currency ELSE row.currency END,
    r.date = CASE WHEN row.date IS NULL OR r.dateFrom < row.valuesFrom THEN r.date ELSE row.date END,
    r.amountFrom = CASE WHEN row.amount IS NULL AND row.amountCny IS NULL OR r.amountFrom < row.valuesFrom
                        THEN r.amountFrom ELSE row.valuesFrom END,
    r.dateFrom = CASE WHEN row.date IS NULL OR r.dateFrom < row.valuesFrom THEN r.dateFrom ELSE row.valuesFrom END
WITH a, row
UNWIND row.links AS link
MATCH (s:Sentence {id: link.sentenceId})
CREATE (s)-[:STATES {fact: row.id, amountCny: link.amountCny, amountQualifier: link.amountQualifier, amount: link.amount,
                     currency: link.currency, date: link.date}]->(a)
