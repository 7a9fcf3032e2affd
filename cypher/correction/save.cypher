// Stores a correction (new, or again on import): who, when, why, its arguments (JSON), whether it is
// reverted, and the entity and fact ids it touches (a load re-applies the corrections touching what it wrote).
MERGE (c:Correction {id: $id})
SET c.kind = $kind, c.who = $who, c.when = $when, c.why = $why, c.arguments = $arguments,
    c.reverted = $reverted, c.entities = $entities, c.facts = $facts
