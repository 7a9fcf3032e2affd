// One fact by id: its type, ends and properties.
CALL () {
  MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r
}
RETURN type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId, properties(r) AS properties
