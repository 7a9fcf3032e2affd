// GET /api/entities?q= as expected: the CJK full-text index over names and aliases, best first.
CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       COUNT { (node)<-[:MENTIONS]-() } AS mentions, score
ORDER BY score DESC, mentions DESC
LIMIT $limit
