// After claim-documents (or lock-document) holds the locks: how many of the documents are still there,
// found through the id index. A concurrent delete that committed while this transaction waited for the
// lock leaves a node this transaction can still see but that is gone: then the writer starts over.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN count(d) AS found
