// Query arguments: which of the candidate pairs are connected within six facts.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})
MATCH (b:Entity {id: pair[1]})
MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..6]-(b))
RETURN a.id AS from, b.id AS to, length(p) AS hops
