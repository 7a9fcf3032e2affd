// Every document's forms (written by write/set-documents): what IdentityIndex is built from.
MATCH (d:Document)
WHERE d.forms IS NOT NULL
RETURN d.id AS documentId, d.forms AS forms
