// Entities keep the first canonical name they were given; aliases accumulate across documents.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.code = row.code, e.aliases = [], e.mentionCount = 0, e.documentCount = 0
SET e:$(row.type)
SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name]
