// Facts stated by a text: one relationship per fact (source, type, target, key). Each document adds its
// own evidence, one STATES link from each sentence that states the fact, and bumps the fact's counters
// (SET r.x = r.x + … locks the relationship before reading it, so concurrent loads add up correctly).
// A row has at least one evidence sentence; rows of one document are one per fact.
// Amount and date: the link from the row's first evidence sentence (valuesFrom) keeps what the document
// states, and the fact shows the amount (and, apart, the date) of the first such link by sentence id
// (amountFrom, dateFrom): the same whatever order documents come in, and what the remaining evidence says
// when a document goes or is rewritten (detach-document, unstate-facts).
UNWIND $facts AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.id = row.id, r.mentions = 0, r.documentCount = 0, r.confidence = row.confidence
SET r.mentions = r.mentions + size(row.evidence),
    r.documentCount = r.documentCount + 1,
    r.origin = 'text',
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.project = coalesce(row.project, r.project)
WITH a, r, row, row.amount IS NOT NULL OR row.amountCny IS NOT NULL AS statesAmount
CALL (r, row, statesAmount) {
  WITH r, row
  WHERE statesAmount AND (r.amountFrom IS NULL OR row.valuesFrom < r.amountFrom)
  SET r.amountCny = row.amountCny, r.amountQualifier = row.amountQualifier, r.amount = row.amount,
      r.currency = row.currency, r.amountFrom = row.valuesFrom
}
CALL (r, row) {
  WITH r, row
  WHERE row.date IS NOT NULL AND (r.dateFrom IS NULL OR row.valuesFrom < r.dateFrom)
  SET r.date = row.date, r.dateFrom = row.valuesFrom
}
WITH a, row, statesAmount
UNWIND row.evidence AS sentenceId
MATCH (s:Sentence {id: sentenceId})
CREATE (s)-[st:STATES {fact: row.id}]->(a)
WITH st, row, statesAmount, sentenceId
WHERE sentenceId = row.valuesFrom AND (statesAmount OR row.date IS NOT NULL)
SET st.amountCny = row.amountCny, st.amountQualifier = row.amountQualifier, st.amount = row.amount,
    st.currency = row.currency, st.date = row.date
