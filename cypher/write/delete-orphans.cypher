// Entities nothing needs any more: not mentioned, in no fact that a document supports, and with no
// lower place hanging from them in the official hierarchy. Run until it deletes nothing, since
// removing a town can leave its district unneeded, and so on up.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
WHERE NOT EXISTS { (x)<-[:MENTIONS]-() }
  AND NOT EXISTS { (x)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-() WHERE r.documentCount > 0 }
  AND NOT EXISTS { (x)<-[:LOCATED_IN {official: true}]-() }
DETACH DELETE x
RETURN count(*) AS deleted
