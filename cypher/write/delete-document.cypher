// Runs after detach-document: the document node itself.
MATCH (d:Document {id: $id})
DETACH DELETE d
