// Entities a document mentions, with how often.
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, count(m) AS mentions
ORDER BY mentions DESC, name
