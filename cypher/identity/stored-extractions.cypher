// What the extractor found in these documents, as written: a document is rewritten from it when the
// entity one of its names belongs to changes.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.extraction AS extraction
