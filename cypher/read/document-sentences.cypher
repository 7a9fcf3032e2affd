// A document's sentences in order, each with its mentions: offsets within the sentence, the entity and its type.
MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
RETURN s.index AS index, s.start AS start, s.end AS end, s.text AS text,
       [(s)-[m:MENTIONS]->(e:Entity) | {
         start: m.start - s.start, end: m.end - s.start, surface: m.surface,
         entityId: e.id, name: e.name, type: [label IN labels(e) WHERE label <> 'Entity'][0]}] AS mentions
ORDER BY index
