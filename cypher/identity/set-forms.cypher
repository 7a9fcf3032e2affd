// The forms (document-local organisation, company, park and platform entities) of the written documents:
// what each document calls them replaces what it called them before.
UNWIND $documents AS doc
MATCH (d:Document {id: doc.id})
CALL (d) {
  MATCH (d)-[u:USES]->(:Form)
  DELETE u
}
WITH d, doc
UNWIND doc.forms AS form
MERGE (f:Form {id: form.id})
ON CREATE SET f.type = form.type, f.name = form.name
CREATE (d)-[:USES {names: form.names}]->(f)
