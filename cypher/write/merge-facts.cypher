// Facts stated by a text: one relationship per fact (source, type, target, key); each document adds its
// evidence sentences and itself to the fact's lists.
UNWIND $facts AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r.evidence = [], r.documents = [], r.confidence = row.confidence
SET r.evidence = r.evidence + [sid IN row.evidence WHERE NOT sid IN r.evidence],
    r.documents = CASE WHEN $documentId IN r.documents THEN r.documents ELSE r.documents + $documentId END,
    r.origin = 'text',
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.amountCny = coalesce(row.amountCny, r.amountCny),
    r.amountQualifier = coalesce(row.amountQualifier, r.amountQualifier),
    r.project = coalesce(row.project, r.project),
    r.date = coalesce(row.date, r.date)
SET r.mentions = size(r.evidence)
