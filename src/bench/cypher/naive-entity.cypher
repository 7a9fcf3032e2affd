// Naive loader baseline: one entity node, in its own transaction.
MERGE (e:Entity {id: $id})
ON CREATE SET e.name = $name, e.code = $code, e.aliases = []
SET e:$($type)
SET e.aliases = e.aliases + [a IN $aliases WHERE NOT a IN e.aliases AND a <> e.name]
