// A merged entity, once everything it had has moved to the entity it was merged into.
MATCH (e:Entity {id: $id})
DETACH DELETE e
