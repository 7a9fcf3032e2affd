// The entity each of these forms belongs to now (null: it stands for none, being ambiguous or gone), so
// that a correction naming a form or an entity's old id finds the entity it is part of today.
UNWIND $forms AS row
MATCH (f:Form {id: row.id})
WITH f, row
WHERE f.entity IS NULL OR f.entity <> row.entity
SET f.entity = row.entity
