// Writes an entity's corrected shape: name, aliases, one type label, and what loads gave it (base*), or,
// with nulls, takes the correction properties off again.
MATCH (e:Entity {id: $id})
SET e.name = $name, e.aliases = $aliases, e.baseName = $baseName, e.baseType = $baseType,
    e.baseAliases = $baseAliases, e.shapedAliases = $shapedAliases, e.corrections = $corrections
WITH e
CALL (e) {
  UNWIND [label IN labels(e) WHERE label IN $typeLabels AND label <> $type] AS old
  REMOVE e:$(old)
}
SET e:$($type)
