// Runs after detach-document when the document goes or its text changed: its sentences themselves.
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
