// The entities a named query's answer names: each text value of its rows that is an entity's id or name.
// $values: the texts found in the rows.
MATCH (n:Entity)
WHERE n.id IN $values OR n.name IN $values
RETURN collect(DISTINCT n.id) AS ids
