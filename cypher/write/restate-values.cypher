// Facts whose amount or date came from an evidence link that is gone (a document went, or was rewritten):
// they show those of the first remaining link by sentence id that states one (see merge-facts), or none.
UNWIND $facts AS id
CALL (id) {
  MATCH ()-[r:COOPERATES_WITH {id: id}]->() RETURN r
  UNION
  MATCH ()-[r:INVESTS_IN {id: id}]->() RETURN r
  UNION
  MATCH ()-[r:LOCATED_IN {id: id}]->() RETURN r
}
CALL (r) {
  WITH r
  WHERE r.amountFrom IS NOT NULL AND NOT EXISTS { (:Sentence {id: r.amountFrom})-[:STATES {fact: r.id}]->() }
  WITH r, COLLECT { MATCH (s:Sentence)-[st:STATES {fact: r.id}]->()
                    WHERE st.amount IS NOT NULL OR st.amountCny IS NOT NULL
                    RETURN st {.amountCny, .amountQualifier, .amount, .currency, from: s.id} AS v
                    ORDER BY v.from LIMIT 1 } AS first
  SET r.amountCny = first[0].amountCny, r.amountQualifier = first[0].amountQualifier, r.amount = first[0].amount,
      r.currency = first[0].currency, r.amountFrom = first[0].from
}
CALL (r) {
  WITH r
  WHERE r.dateFrom IS NOT NULL AND NOT EXISTS { (:Sentence {id: r.dateFrom})-[:STATES {fact: r.id}]->() }
  WITH r, COLLECT { MATCH (s:Sentence)-[st:STATES {fact: r.id}]->()
                    WHERE st.date IS NOT NULL
                    RETURN {date: st.date, from: s.id} AS v
                    ORDER BY v.from LIMIT 1 } AS first
  SET r.date = first[0].date, r.dateFrom = first[0].from
}
