// Takes the document's write lock (SET on the node) so that concurrent loads of the same document
// run one after the other, then tells what is stored already.
MERGE (d:Document {id: $id})
SET d.name = $name
RETURN d.contentHash AS previousHash
