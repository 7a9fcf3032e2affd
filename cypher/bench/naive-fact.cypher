// Naive loader baseline: one fact, in its own transaction.
MATCH (a:Entity {id: $sourceId})
MATCH (b:Entity {id: $targetId})
MERGE (a)-[r:$($type) {key: $key}]->(b)
ON CREATE SET r.evidence = [], r.documents = [], r.origin = $origin, r.confidence = $confidence
SET r.evidence = r.evidence + [sid IN $evidence WHERE NOT sid IN r.evidence],
    r.documents = CASE WHEN $documentId IN r.documents THEN r.documents ELSE r.documents + $documentId END,
    r.amountCny = coalesce($amountCny, r.amountCny),
    r.project = coalesce($project, r.project),
    r.date = coalesce($date, r.date)
SET r.mentions = size(r.evidence)
