// Looks like a read but sets a property.
// @param name String required "a name"
// @example name=x
MATCH (e:Entity {name: $name}) SET e.touched = true RETURN e
