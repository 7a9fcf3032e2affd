// The documents' mentions. CREATE, not MERGE: their sentences are new in this transaction
// (claim-documents and detach-document saw to that), and MERGE would lock the mentioned entity, a
// province in most documents, until commit, which queues every concurrent load behind it.
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(e)
