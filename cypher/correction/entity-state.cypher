// An entity as loads left it and as corrections shaped it (base* and shapedAliases are set only while
// a correction shapes it).
MATCH (e:Entity {id: $id})
RETURN e.name AS name, labels(e) AS labels, e.aliases AS aliases, e.code AS code,
       e.baseName AS baseName, e.baseType AS baseType, e.baseAliases AS baseAliases,
       e.shapedAliases AS shapedAliases
