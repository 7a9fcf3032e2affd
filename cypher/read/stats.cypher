// Counts by label and relationship type, answered from Neo4j's count store (no scans).
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Sentence) } AS sentences,
       COUNT { (:Entity) } AS entities,
       {
         Region: COUNT { (:Region) }, Province: COUNT { (:Province) }, City: COUNT { (:City) },
         District: COUNT { (:District) }, Town: COUNT { (:Town) }, Park: COUNT { (:Park) },
         Company: COUNT { (:Company) }, Platform: COUNT { (:Platform) }, Organization: COUNT { (:Organization) }
       } AS entitiesByType,
       {
         COOPERATES_WITH: COUNT { ()-[:COOPERATES_WITH]->() },
         INVESTS_IN: COUNT { ()-[:INVESTS_IN]->() },
         LOCATED_IN: COUNT { ()-[:LOCATED_IN]->() },
         HAS_SENTENCE: COUNT { ()-[:HAS_SENTENCE]->() },
         MENTIONS: COUNT { ()-[:MENTIONS]->() }
       } AS relationshipsByType
