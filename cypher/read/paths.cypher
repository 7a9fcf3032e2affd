// Shortest paths between two entities over the facts only (never through sentences or documents),
// each edge with up to $evidence of the sentences that state it. $maxHops: 1..8; $limit: paths.
// SHORTEST k, not allShortestPaths: between two places linked through provinces there can be
// thousands of equally short paths, and enumerating them all took 30 s at 10,000 documents.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-{1,8}(b)
WHERE length(p) <= $maxHops
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .name, type: [label IN labels(n) WHERE label <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {
          type: type(r), sourceId: startNode(r).id, source: startNode(r).name,
          targetId: endNode(r).id, target: endNode(r).name,
          amountCny: r.amountCny, project: r.project, date: r.date, origin: r.origin,
          mentions: r.mentions, documentCount: r.documentCount,
          evidence: COLLECT {
            MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
            RETURN {sentenceId: s.id, text: s.text, documentId: d.id, document: d.name}
            LIMIT $evidence
          }}] AS edges
