// One entity: its properties, its parent chain up LOCATED_IN (the official hierarchy preferred, then
// the longest chain), how often and in how many documents it is mentioned, its facts by type, and the
// corrections that shaped it.
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
       // only sentences mention, only documents have sentences: without labels on the far ends, the mention
       // count is the node's degree and the documents are counted as nodes, not by reading their ids
       COUNT { (e)<-[:MENTIONS]-() } AS mentions,
       size(COLLECT { MATCH (d)-[:HAS_SENTENCE]->()-[:MENTIONS]->(e) RETURN DISTINCT d }) AS documents,
       {
         COOPERATES_WITH: COUNT { (e)-[:COOPERATES_WITH]-(:Entity) },
         INVESTS_IN: COUNT { (e)-[:INVESTS_IN]-(:Entity) },
         LOCATED_IN: COUNT { (e)-[:LOCATED_IN]-(:Entity) }
       } AS facts,
       // analysts' corrections in force that shaped this entity or a fact of it (graph/correction)
       COLLECT { MATCH (c:Correction) WHERE c.reverted = false AND e.id IN c.entities
                 RETURN c {.id, .kind, .who, .when, .why} ORDER BY c.when } AS corrections
