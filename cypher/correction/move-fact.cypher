// Moves some statements of a fact to the fact between other ends ($newId, made with $properties when
// it is not there yet); each moved STATES link carries the corrections that moved it, and the amount and
// date it kept (see merge-facts). Counters: recount-facts.
MATCH (a:Entity {id: $sourceId})
MATCH (b:Entity {id: $targetId})
MERGE (a)-[r:$($type) {key: $key}]->(b)
ON CREATE SET r += $properties, r.id = $newId
WITH a
UNWIND $sentences AS sentenceId
MATCH (s:Sentence {id: sentenceId})-[st:STATES {fact: $oldId}]->()
WITH a, s, st, [c IN coalesce(st.corrections, []) WHERE $marked IS NULL OR c <> $marked] + CASE WHEN $mark IS NULL THEN [] ELSE [$mark] END AS marks
CREATE (s)-[moved:STATES {fact: $newId, corrections: CASE WHEN size(marks) = 0 THEN null ELSE marks END}]->(a)
SET moved.amountCny = st.amountCny, moved.amountQualifier = st.amountQualifier, moved.amount = st.amount,
    moved.currency = st.currency, moved.date = st.date
DELETE st
