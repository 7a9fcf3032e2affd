// What these documents' sentences say in the graph now: their mentions and the facts they state. A document
// whose names moved to another entity is written again by difference (GraphWriter.rewrite): only what
// differs from its extraction under the current identities is taken out and written.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id,
       COLLECT { MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
                 RETURN {sentenceId: s.id, start: m.start, end: m.end, entityId: e.id} } AS mentions,
       COLLECT { MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)-[st:STATES]->(:Entity)
                 RETURN {sentenceId: s.id, fact: st.fact} } AS states
