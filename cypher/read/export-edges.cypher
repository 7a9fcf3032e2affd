// The exported facts: every COOPERATES_WITH, INVESTS_IN and LOCATED_IN between two exported entities.
// $ids: the entity ids to export, or null for the whole graph.
MATCH (a:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN coalesce(r.id, elementId(r)) AS id, a.id AS source, b.id AS target, type(r) AS type,
       properties(r) AS properties
