// An entity a correction brings (back): a merged entity on revert, the entity an alias is split off to.
MERGE (e:Entity {id: $id})
ON CREATE SET e.name = $name, e.aliases = $aliases, e.code = $code
WITH e
SET e:$($type)
