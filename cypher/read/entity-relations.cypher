// The facts of one entity, most often stated first, each with up to $evidence of the sentences that
// state it and their documents (mentions and documentCount say how many there are in all); each sentence
// with its mentions (marks: offsets within the sentence) so that a page can highlight them, and the
// analysts' corrections that confirmed it; id is the fact's id (what a correction names).
// $type: a fact type or null; $direction: 'both', 'out' or 'in' (COOPERATES_WITH is symmetric and
// matches either); $offset, $limit: the page. The total is counted apart so that the page is a Top-N
// sort, and evidence is read only for the page.
MATCH (e:Entity {id: $id})
WITH e, COUNT {
  (e)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(:Entity)
  WHERE ($type IS NULL OR type(r) = $type)
    AND ($direction = 'both' OR type(r) = 'COOPERATES_WITH' OR ($direction = 'out') = (startNode(r) = e))
} AS total
MATCH (e)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(other:Entity)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($direction = 'both' OR type(r) = 'COOPERATES_WITH' OR ($direction = 'out') = (startNode(r) = e))
WITH e, r, other, total
ORDER BY r.mentions DESC, type(r), other.name
SKIP $offset
LIMIT $limit
CALL (r) {
  MATCH (s:Sentence)-[:STATES {fact: r.id}]->()
  WITH s
  LIMIT $evidence
  MATCH (d:Document)-[:HAS_SENTENCE]->(s)
  RETURN collect({sentenceId: s.id, text: s.text, documentId: d.id, document: d.name, title: d.title,
    date: d.publishedAt, marks: [(s)-[m:MENTIONS]->(x:Entity) | {start: m.start - s.start, end: m.end - s.start, entityId: x.id,
             type: [label IN labels(x) WHERE label <> 'Entity'][0]}]}) AS evidence
}
RETURN total, r.id AS id, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       startNode(r).id AS sourceId, startNode(r).name AS source,
       endNode(r).id AS targetId, endNode(r).name AS target,
       other.id AS otherId, other.name AS other, [label IN labels(other) WHERE label <> 'Entity'][0] AS otherType,
       r.amountCny AS amountCny, r.amountQualifier AS amountQualifier, r.project AS project, r.date AS date,
       r.origin AS origin, r.confidence AS confidence, r.mentions AS mentions, r.documentCount AS documentCount,
       coalesce(r.confirmed, false) AS confirmed, coalesce(r.corrections, []) AS corrections,
       evidence
