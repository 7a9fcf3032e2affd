// Mentions a rewritten document no longer makes (the entity its name belongs to changed): every mention of
// that span of that sentence of that entity goes; create-mentions writes what the document says now.
// Returns the entities they named and the places above them, for delete-orphans (as detach-document does).
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})-[m:MENTIONS]->(e:Entity {id: row.entityId})
WHERE m.start = row.start AND m.end = row.end
DELETE m
WITH DISTINCT e
MATCH (e)-[:LOCATED_IN*0..4]->(x:Entity)
RETURN collect(DISTINCT x.id) AS touched
