// An entity's name is its longest form's, its aliases are the names of all its forms across documents,
// and a form that could be two entities records them (ambiguous). Written only when they change.
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
WITH e, row
WHERE e.name <> row.name OR e.aliases <> row.aliases OR coalesce(e.ambiguous, []) <> row.ambiguous
SET e.name = row.name,
    e.aliases = row.aliases,
    e.ambiguous = CASE WHEN size(row.ambiguous) = 0 THEN null ELSE row.ambiguous END
