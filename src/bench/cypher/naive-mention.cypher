// Naive loader baseline: one mention, in its own transaction.
MATCH (s:Sentence {id: $sentenceId})
MATCH (e:Entity {id: $entityId})
MERGE (s)-[m:MENTIONS {start: $start}]->(e)
SET m.end = $end, m.surface = $surface
