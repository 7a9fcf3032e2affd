// Whether an entity with this id exists (the id constraint's index; nothing else is read).
RETURN EXISTS { MATCH (:Entity {id: $id}) } AS exists
