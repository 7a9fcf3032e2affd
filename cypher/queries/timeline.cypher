// Facts stated by texts in date order: the date the sentence gives, else the publication date of the
// earliest document stating it; optionally only the facts of one entity, within a period. Dates are
// yyyy, yyyy-MM or yyyy-MM-dd text; from/to compare by prefix (to=2023 includes 2023-12-31).
// @param entity Entity "only the facts of this entity: name, alias or id, e.g. 闵行区"
// @param from String "from this date on, e.g. 2020 or 2021-06"
// @param to String "up to this date, e.g. 2024 or 2024-06-30"
// @param limit Integer default 100 min 1 max 1000 "rows at most"
// @example entity=闵行区&from=2020
MATCH (a:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
WHERE r.origin = 'text'
  AND ($entity IS NULL OR $entity IN [a.id, a.name, b.id, b.name]
       OR $entity IN coalesce(a.aliases, []) OR $entity IN coalesce(b.aliases, []))
WITH a, r, b, coalesce(r.date, head(COLLECT {
       MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:STATES {fact: r.id}]->()
       WHERE d.publishedAt IS NOT NULL
       RETURN DISTINCT toString(d.publishedAt) AS published ORDER BY published
     })) AS date
WHERE date IS NOT NULL
  AND ($from IS NULL OR date >= $from)
  AND ($to IS NULL OR left(date, size($to)) <= $to)
RETURN date, a.name AS source, type(r) AS type, b.name AS target, r.amountCny AS amountCny, r.project AS project,
       COLLECT {
         MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
         RETURN {text: s.text, document: d.name}
         LIMIT 5
       } AS evidence
ORDER BY date, source, target
LIMIT $limit
