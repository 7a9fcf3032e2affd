// Takes a rejected fact out of the graph; the sentences that state it keep their STATES links (evidence).
CALL () {
  MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r
}
DELETE r
