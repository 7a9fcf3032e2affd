// Takes each document's write lock (SET on the node) so that concurrent loads of the same document
// run one after the other, then tells what is stored already. Ids in order, so two batches lock their
// shared documents in the same order.
UNWIND $documents AS doc
WITH doc ORDER BY doc.id
MERGE (d:Document {id: doc.id})
SET d.name = doc.name
RETURN doc.id AS id, d.contentHash AS previousHash
