// The forms (document-local organisation, company, park and platform entities) of the written documents,
// kept on the document as one string each (id, type, name, the names it used, separated by U+001F): what
// IdentityIndex is built from. A property of a node the batch writes anyway, not a node and a relationship
// per form: a load writes tens of thousands of forms, and only the index reads them, once per start.
UNWIND $documents AS doc
MATCH (d:Document {id: doc.id})
SET d.forms = doc.forms
