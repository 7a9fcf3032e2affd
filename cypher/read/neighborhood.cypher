// The neighbourhood of one entity in one query, bounded at every hop so that a hub (长三角, a province)
// cannot make it read most of the graph: the first neighbours, best known first, as many as the node limit
// allows; beyond them, at most $fanout facts of each node, nearer nodes first.
// Edges: the facts that reach each kept node from the hop before, and the others seen on the way between
// kept nodes.
// $id; $depth: 1..3; $type: a fact type or null; $limit: nodes at most, the centre included; $fanout.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(n:Entity)
  WHERE n <> c AND ($type IS NULL OR type(r) = $type)
  WITH n, collect(r) AS rels
  ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC
  RETURN collect(n) AS found, collect(rels) AS foundRels
}
WITH c, found[..$limit - 1] AS hop1, size(found) >= $limit AS cut1,
     [rels IN foundRels[..$limit - 1] | rels] AS rels1
// Second hop: $fanout facts of each first neighbour; new nodes in the order they were first seen.
CALL (c, hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN range(0, size(hop1) - 1) ELSE [] END AS i
  CALL (hop1, i) {
    WITH hop1[i] AS a
    MATCH (a)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(b:Entity)
    WHERE $type IS NULL OR type(r) = $type
    WITH r, b
    LIMIT $fanout + 1
    RETURN collect(r) AS rs, collect(b) AS bs
  }
  UNWIND range(0, size(rs[..$fanout]) - 1) AS j
  RETURN collect(rs[j]) AS seen, collect(bs[j]) AS reached, max(size(rs)) > $fanout AS cut
}
CALL (c, hop1, reached) {
  UNWIND range(0, size(reached) - 1) AS k
  WITH reached[k] AS b, k
  WHERE b <> c AND NOT b IN hop1
  WITH b, min(k) AS first
  ORDER BY first
  RETURN collect(b) AS fresh
}
WITH c, hop1, rels1, cut1, seen AS seen2, coalesce(cut, false) AS cut2,
     fresh[..$limit - 1 - size(hop1)] AS hop2, size(fresh) > $limit - 1 - size(hop1) AS full2
// Third hop, the same from the second neighbours.
CALL (c, hop1, hop2) {
  UNWIND CASE WHEN $depth >= 3 THEN range(0, size(hop2) - 1) ELSE [] END AS i
  CALL (hop2, i) {
    WITH hop2[i] AS a
    MATCH (a)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(b:Entity)
    WHERE $type IS NULL OR type(r) = $type
    WITH r, b
    LIMIT $fanout + 1
    RETURN collect(r) AS rs, collect(b) AS bs
  }
  UNWIND range(0, size(rs[..$fanout]) - 1) AS j
  RETURN collect(rs[j]) AS seen, collect(bs[j]) AS reached, max(size(rs)) > $fanout AS cut
}
CALL (c, hop1, hop2, reached) {
  UNWIND range(0, size(reached) - 1) AS k
  WITH reached[k] AS b, k
  WHERE b <> c AND NOT b IN hop1 AND NOT b IN hop2
  WITH b, min(k) AS first
  ORDER BY first
  RETURN collect(b) AS fresh
}
WITH c, hop1, hop2, rels1, seen2, seen AS seen3, cut1 OR cut2 OR full2 OR coalesce(cut, false) AS cut,
     fresh[..$limit - 1 - size(hop1) - size(hop2)] AS hop3, size(fresh) > $limit - 1 - size(hop1) - size(hop2) AS full3
WITH c, [c] + hop1 + hop2 + hop3 AS kept, [n IN hop1 | [n, 1]] + [n IN hop2 | [n, 2]] + [n IN hop3 | [n, 3]] AS ring,
     cut OR full3 AS truncated, rels1, seen2 + seen3 AS seen
// a fact between two kept nodes is often seen from both of its ends
CALL (rels1, seen, kept) {
  UNWIND reduce(all = [], rels IN rels1 | all + rels) + seen AS r
  WITH DISTINCT r
  WHERE startNode(r) IN kept AND endNode(r) IN kept
  RETURN collect(r {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r),
                    .amountCny, .project, .date, .origin, .mentions}) AS edges
}
CALL (ring) {
  UNWIND ring AS pair
  WITH pair[0] AS n, pair[1] AS depth
  RETURN collect(n {.id, .name, .code, depth: depth, mentionCount: COUNT { (n)<-[:MENTIONS]-() },
                    type: [label IN labels(n) WHERE label <> 'Entity'][0]}) AS nodes
}
RETURN c {.id, .name, .code, depth: 0, mentionCount: COUNT { (c)<-[:MENTIONS]-() },
          type: [label IN labels(c) WHERE label <> 'Entity'][0]} AS center,
       nodes, edges, truncated
