// The corrections in force that name one of these entities or facts, oldest first. A correction names an
// entity by the id it had when it was made, which is the id of one of its forms: the forms now belonging
// to these entities (Form.entity) count as these entities.
CALL () {
  UNWIND $entities AS id
  MATCH (f:Form {entity: id})
  RETURN collect(DISTINCT f.id) AS forms
}
WITH $entities + forms AS entities
MATCH (c:Correction)
WHERE c.reverted = false
  AND (any(x IN c.entities WHERE x IN entities) OR any(f IN c.facts WHERE f IN $facts))
RETURN c {.*} AS correction
ORDER BY c.when, c.id
