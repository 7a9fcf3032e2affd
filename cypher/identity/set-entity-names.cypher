// An entity's name is its longest form's, its aliases are the names of all its forms across documents,
// and a form that could be two entities records them (ambiguous). Written only when they change.
// An entity an analyst's correction shapes keeps its shaped name and aliases: what loads give goes to
// baseName and baseAliases, and the corrections are applied again after this (CorrectionApplier).
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
WITH e, row, e.baseName IS NOT NULL AS shaped
WHERE coalesce(e.baseName, e.name) <> row.name OR coalesce(e.baseAliases, e.aliases) <> row.aliases
   OR coalesce(e.ambiguous, []) <> row.ambiguous
SET e.name = CASE WHEN shaped THEN e.name ELSE row.name END,
    e.aliases = CASE WHEN shaped THEN e.aliases ELSE row.aliases END,
    e.baseName = CASE WHEN shaped THEN row.name ELSE null END,
    e.baseAliases = CASE WHEN shaped THEN row.aliases ELSE null END,
    e.ambiguous = CASE WHEN size(row.ambiguous) = 0 THEN null ELSE row.ambiguous END
