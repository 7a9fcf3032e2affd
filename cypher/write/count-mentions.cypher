// Incremental counts: a document is written once between detaches, so adding is exact.
UNWIND $counts AS row
MATCH (e:Entity {id: row.entityId})
SET e.mentionCount = e.mentionCount + row.mentions, e.documentCount = e.documentCount + 1
