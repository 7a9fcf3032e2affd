// Every document's forms (written by write/set-documents): what IdentityIndex is built from, and whether a
// bulk load marked the document to be written again (identity/mark-stale), which the writer keeps beside it.
MATCH (d:Document)
WHERE d.forms IS NOT NULL
RETURN d.id AS documentId, d.forms AS forms, d.identityStale AS stale
