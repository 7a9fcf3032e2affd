// One entity: its properties, its parent chain up LOCATED_IN (the official hierarchy preferred, then
// the longest chain), how often and in how many documents it is mentioned, and its facts by type.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH chain = (e)-[:LOCATED_IN*1..6]->(top:Entity)
WHERE NOT EXISTS { (top)-[:LOCATED_IN]->(:Entity) }
WITH e, chain
ORDER BY size([r IN relationships(chain) WHERE r.origin = 'gazetteer']) DESC, length(chain) DESC
WITH e, head(collect(chain)) AS chain
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.aliases AS aliases, e.code AS code, properties(e) AS properties,
       CASE WHEN chain IS NULL THEN [] ELSE
         [i IN range(1, length(chain)) | {
           id: nodes(chain)[i].id, name: nodes(chain)[i].name,
           type: [label IN labels(nodes(chain)[i]) WHERE label <> 'Entity'][0],
           origin: relationships(chain)[i - 1].origin}]
       END AS parents,
       COUNT { (e)<-[:MENTIONS]-(:Sentence) } AS mentions,
       size(COLLECT { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT d.id }) AS documents,
       {
         COOPERATES_WITH: COUNT { (e)-[:COOPERATES_WITH]-(:Entity) },
         INVESTS_IN: COUNT { (e)-[:INVESTS_IN]-(:Entity) },
         LOCATED_IN: COUNT { (e)-[:LOCATED_IN]-(:Entity) }
       } AS facts
