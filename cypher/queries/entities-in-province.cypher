// Entities of one type located in a province, through the LOCATED_IN chain (a park in a district in a
// city in the province), most mentioned first.
// @param province Entity required "the province: name, alias or id, e.g. 安徽省, 皖 or 34"
// @param type String required values City,District,Town,Park,Company,Platform,Organization "entity type"
// @param limit Integer default 100 min 1 max 1000 "rows at most"
// @example province=安徽省&type=Park
// $province arrives as an id (Entity parameters are resolved first); matching names and aliases here
// too made Neo4j read every entity
MATCH (p:Entity {id: $province})
MATCH (e:Entity)-[:LOCATED_IN*1..4]->(p)
WHERE $type IN labels(e)
WITH DISTINCT p, e
RETURN p.name AS province, e.id AS id, e.name AS name, e.code AS code,
       COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
ORDER BY mentionCount DESC, name
LIMIT $limit
