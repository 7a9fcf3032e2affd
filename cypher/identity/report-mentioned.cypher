// For the identity report: the organisation-like entities each document mentions, with all their names.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WHERE e:Organization OR e:Company OR e:Park OR e:Platform
WITH id, e
ORDER BY e.id
RETURN id AS documentId, collect(DISTINCT {id: e.id, names: [e.name] + coalesce(e.aliases, []), ambiguous: coalesce(e.ambiguous, [])}) AS entities
