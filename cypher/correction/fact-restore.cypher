// Puts a fact back between its ends with its properties (counters are set by recount-facts after).
MATCH (a:Entity {id: $sourceId})
MATCH (b:Entity {id: $targetId})
MERGE (a)-[r:$($type) {key: $key}]->(b)
ON CREATE SET r += $properties
