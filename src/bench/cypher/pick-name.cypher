// Explorer phase: the name of an entity picked by id, as an analyst would type it.
MATCH (e:Entity {id: $id})
RETURN e.name AS name
