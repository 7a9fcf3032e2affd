// GET /api/entities/{id}/relations as expected: the entity's facts, both directions, best attested first.
MATCH (e:Entity {id: $id})-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(o:Entity)
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.id AS otherId, o.name AS other,
       [l IN labels(o) WHERE l <> 'Entity'][0] AS otherType, r.amountCny AS amountCny, r.project AS project,
       r.date AS date, r.origin AS origin, r.mentions AS mentions, r.documentCount AS documentCount,
       COLLECT { MATCH (s:Sentence)-[:STATES {fact: r.id}]->() RETURN s.text LIMIT 5 } AS evidence
ORDER BY mentions DESC, other
LIMIT $limit
