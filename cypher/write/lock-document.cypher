// Takes the document's write lock before anything else, as claim-documents does for a load, so that two
// deletes of one document, or a delete beside a replacing upload, run one after the other: the second
// sees what the first left. MERGE (not MATCH) so that the lock is on the id itself even when the document
// is gone; a node made here is no document (no contentHash) and is removed by delete-document.
MERGE (d:Document {id: $id})
SET d.lockedForDelete = true
RETURN d.contentHash IS NOT NULL AS found
