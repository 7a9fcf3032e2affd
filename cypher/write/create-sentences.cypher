// The document's sentences, new in this transaction (claim-document and detach-document saw to that;
// the sentenceId constraint would refuse a duplicate).
MATCH (d:Document {id: $id})
UNWIND $sentences AS row
CREATE (d)-[:HAS_SENTENCE]->(:Sentence {id: row.id, index: row.index, text: row.text, start: row.start, end: row.end})
