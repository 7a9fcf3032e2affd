// Marks a fact confirmed by an analyst, with the corrections that shape it (nulls take the marks off).
CALL () {
  MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: $id}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r
}
SET r.confirmed = $confirmed, r.corrections = $corrections
