// The exported entities, one row each, streamed as they are read (no ORDER BY: nothing is held back).
// $ids: the entity ids to export, or null for the whole graph.
MATCH (n:Entity)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type, properties(n) AS properties
