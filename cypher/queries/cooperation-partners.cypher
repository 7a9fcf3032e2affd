// Cooperation partners of a place (or of any entity): who it cooperates with, how often the texts
// say so, and the sentences and documents that do, most stated first.
// @param entity Entity required "the place or organisation: name, alias or id, e.g. 闵行区, 闵行 or 310112"
// @param limit Integer default 50 min 1 max 500 "partners at most"
// @example entity=闵行区
// $entity arrives as an id (Entity parameters are resolved first)
MATCH (e:Entity {id: $entity})
MATCH (e)-[r:COOPERATES_WITH]-(partner:Entity)
RETURN e.name AS entity, partner.id AS partnerId, partner.name AS partner,
       [label IN labels(partner) WHERE label <> 'Entity'][0] AS partnerType,
       r.mentions AS mentions, r.date AS date, r.origin AS origin,
       COLLECT {
         MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
         RETURN {text: s.text, document: d.name}
         LIMIT 5
       } AS evidence
ORDER BY mentions DESC, partner
LIMIT $limit
