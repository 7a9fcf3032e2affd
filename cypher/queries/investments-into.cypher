// Investments into a place or park, and into everything located in it, with their total in yuan:
// investor, target, amount, project, date and the sentences that state it, largest first.
// @param target Entity required "the place or park: name, alias or id, e.g. 淮南高新区 or 淮南市"
// @param minAmount Integer min 0 "only investments of at least this many yuan"
// @param limit Integer default 100 min 1 max 1000 "rows at most"
// @example target=淮南高新区
// $target arrives as an id (Entity parameters are resolved first)
MATCH (place:Entity {id: $target})
MATCH (investor:Entity)-[r:INVESTS_IN]->(into:Entity)-[:LOCATED_IN*0..4]->(place)
WHERE $minAmount IS NULL OR r.amountCny >= $minAmount
WITH DISTINCT place, investor, r, into
WITH place, collect({investor: investor, r: r, into: into}) AS found, sum(r.amountCny) AS totalCny
UNWIND found AS row
WITH place, totalCny, size(found) AS investments, row.investor AS investor, row.r AS r, row.into AS into
RETURN investor.id AS investorId, investor.name AS investor, into.id AS targetId, into.name AS target,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       totalCny, investments,
       COLLECT {
         MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
         RETURN {text: s.text, document: d.name}
         LIMIT 5
       } AS evidence
ORDER BY coalesce(amountCny, -1) DESC, investor
LIMIT $limit
