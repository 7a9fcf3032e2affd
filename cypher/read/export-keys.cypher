// The property keys of the exported entities and facts, with the Cypher types their values have, so that
// GraphML and CSV can declare their columns before the rows stream out.
// $ids: the entity ids to export, or null for the whole graph (facts: those between two exported entities).
CALL () {
  MATCH (n:Entity)
  WHERE $ids IS NULL OR n.id IN $ids
  UNWIND keys(n) AS key
  RETURN 'node' AS kind, key, collect(DISTINCT valueType(n[key])) AS types
  UNION ALL
  MATCH (a:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
  WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
  UNWIND keys(r) AS key
  RETURN 'edge' AS kind, key, collect(DISTINCT valueType(r[key])) AS types
}
RETURN kind, key, types
ORDER BY kind, key
