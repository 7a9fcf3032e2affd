// Moves mentions from one entity to another: all of them ($surface null), those written as $surface,
// or (on revert, $marked) those an earlier move marked. Each moved mention carries the corrections that
// moved it ($mark added; $marked taken off on the way back). Returns the sentences whose mentions moved.
MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {id: $from})
WHERE ($surface IS NULL OR m.surface = $surface)
  AND ($marked IS NULL OR $marked IN coalesce(m.corrections, []))
MATCH (to:Entity {id: $to})
WITH s, m, to, [c IN coalesce(m.corrections, []) WHERE $marked IS NULL OR c <> $marked] + CASE WHEN $mark IS NULL THEN [] ELSE [$mark] END AS marks
CREATE (s)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface,
                       corrections: CASE WHEN size(marks) = 0 THEN null ELSE marks END}]->(to)
DELETE m
RETURN collect(DISTINCT s.id) AS sentences
