// Naive loader baseline: the document node alone, in its own transaction.
MERGE (d:Document {id: $id})
SET d.name = $name, d.title = $title, d.chars = $chars, d.contentHash = $contentHash
