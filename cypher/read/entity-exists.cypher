// Is there an entity with this id? (Asked only when a read found nothing, to tell 404 from an empty answer.)
MATCH (e:Entity {id: $id})
RETURN e.id AS id
