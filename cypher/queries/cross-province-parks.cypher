// Parks co-built across provinces: parks linked to a place, company or organisation of another
// province, either by a cooperation or investment fact or by carrying that place's name in their own
// (闵行·淮南科创产业园 lies in 安徽省 and bears 闵行's name), with the provinces on both sides.
// @param limit Integer default 50 min 1 max 500 "parks at most"
// @example limit=20
MATCH (park:Park)-[:LOCATED_IN*1..4]->(home:Province)
CALL (park) {
  MATCH (park)-[:COOPERATES_WITH|INVESTS_IN]-(partner:Entity)
  RETURN partner, 'fact' AS link
  UNION
  MATCH (partner:Entity)
  WHERE (partner:City OR partner:District)
    AND any(n IN [partner.name] + coalesce(partner.aliases, []) WHERE size(n) >= 2 AND park.name CONTAINS n)
  RETURN partner, 'name' AS link
}
MATCH (partner)-[:LOCATED_IN*0..4]->(other:Province)
WHERE other <> home
WITH park, home, collect(DISTINCT other.name) AS partnerProvinces,
     collect(DISTINCT {id: partner.id, name: partner.name, link: link}) AS partners
RETURN park.id AS parkId, park.name AS park, home.name AS province, partnerProvinces, partners
ORDER BY size(partners) DESC, park
LIMIT $limit
