// A form that belongs to another entity than its own (a shorter name joined to a longer one) has a Form
// node with the entity it belongs to now, so that a correction naming the form, or an entity by an old id,
// finds the entity it is part of today. A form without a node stands for itself (current-entities).
UNWIND $forms AS row
MERGE (f:Form {id: row.id})
WITH f, row
WHERE f.entity IS NULL OR f.entity <> row.entity
SET f.entity = row.entity
