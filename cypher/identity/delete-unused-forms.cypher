// Forms no document uses any more.
UNWIND $ids AS id
MATCH (f:Form {id: id})
WHERE NOT EXISTS { (:Document)-[:USES]->(f) }
DELETE f
