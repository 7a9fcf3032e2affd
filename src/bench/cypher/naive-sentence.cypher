// Naive loader baseline: one sentence node with its HAS_SENTENCE link, in its own transaction.
MATCH (d:Document {id: $documentId})
MERGE (s:Sentence {id: $id})
SET s.index = $index, s.text = $text, s.start = $start, s.end = $end
MERGE (d)-[:HAS_SENTENCE]->(s)
