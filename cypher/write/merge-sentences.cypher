MATCH (d:Document {id: $id})
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (d)-[:HAS_SENTENCE]->(s)
