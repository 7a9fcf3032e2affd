// The facts at an entity with their evidence sentences and the corrections that moved each statement.
MATCH (:Entity {id: $id})-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-()
RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId, r.key AS key,
       properties(r) AS properties,
       [(s:Sentence)-[st:STATES {fact: r.id}]->() | {sentence: s.id, corrections: coalesce(st.corrections, [])}] AS evidence
