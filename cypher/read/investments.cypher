// Investments (INVESTS_IN facts), largest first (evidence: read/fact-evidence, for the page shown). $target: an entity id; the investments into it and into anything located in it (a park in a
// district in a city…); $source: an investor's id; $minAmount: yuan. Each filter is off when null.
// The walk starts from the target or the investor when one is given, never from every investment.
CALL () {
  WITH $target AS target
  WHERE target IS NOT NULL
  MATCH (:Entity {id: target})<-[:LOCATED_IN*0..4]-(t:Entity)
  MATCH (s:Entity)-[r:INVESTS_IN]->(t)
  RETURN s, r, t
  UNION
  WITH $source AS source
  WHERE $target IS NULL AND source IS NOT NULL
  MATCH (s:Entity {id: source})-[r:INVESTS_IN]->(t:Entity)
  RETURN s, r, t
  UNION
  WITH $target AS target
  WHERE target IS NULL AND $source IS NULL
  MATCH (s:Entity)-[r:INVESTS_IN]->(t:Entity)
  RETURN s, r, t
}
WITH s, r, t
WHERE ($source IS NULL OR s.id = $source)
  AND ($minAmount IS NULL OR r.amountCny >= $minAmount)
RETURN s.id AS sourceId, s.name AS source, t.id AS targetId, t.name AS target,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       r.origin AS origin, r.mentions AS mentions, r.documentCount AS documentCount, r.id AS factId
ORDER BY coalesce(amountCny, -1) DESC, source, target
