// The documents' sentences, new in this transaction (claim-documents and detach-document saw to that;
// the sentenceId constraint would refuse a duplicate).
UNWIND $sentences AS row
MATCH (d:Document {id: row.documentId})
CREATE (d)-[:HAS_SENTENCE]->(:Sentence {id: row.id, index: row.index, text: row.text, start: row.start, end: row.end})
