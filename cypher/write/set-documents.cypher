// The documents of a batch: their metadata, on the nodes claim-documents made or found, the extraction
// they are written again from (identity/stored-extractions) and their forms (identity/read-forms).
UNWIND $documents AS doc
MATCH (d:Document {id: doc.id})
SET d.title = doc.title,
    d.source = doc.source,
    d.publishedAt = doc.publishedAt,
    d.language = doc.language,
    d.chars = doc.chars,
    d.contentHash = doc.contentHash,
    d.extraction = doc.extraction,
    d.forms = doc.forms,
    d.identityStale = null,
    d.loadedAt = datetime()
