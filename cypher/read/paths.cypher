// The shortest path between two entities over the facts only (never through sentences or documents),
// each edge with up to $evidence of the sentences that state it. $maxHops: 1..8.
// shortestPath's bidirectional search, not allShortestPaths or SHORTEST k: between two places linked
// through provinces there are thousands of equally short paths, and enumerating them took seconds to
// 30 s and hundreds of MiB of transaction memory at 10,000 documents.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..8]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.id, .name, type: [label IN labels(n) WHERE label <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {
          type: type(r), sourceId: startNode(r).id, source: startNode(r).name,
          targetId: endNode(r).id, target: endNode(r).name,
          amountCny: r.amountCny, project: r.project, date: r.date, origin: r.origin,
          mentions: r.mentions, documentCount: r.documentCount,
          evidence: COLLECT {
            MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
            RETURN {sentenceId: s.id, text: s.text, documentId: d.id, document: d.name, date: d.publishedAt,
                    marks: [(s)-[m:MENTIONS]->(x:Entity) | {start: m.start - s.start, end: m.end - s.start, entityId: x.id,
                             type: [label IN labels(x) WHERE label <> 'Entity'][0]}]}
            LIMIT $evidence
          }}] AS edges
