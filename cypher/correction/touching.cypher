// The corrections in force that name one of these entities or facts, oldest first. A correction names an
// entity by the id it had when it was made, which is the id of one of its forms: the forms now belonging
// to these entities (Form.entity) count as these entities. Without a correction in force (most loads) the
// forms are not looked up at all.
MATCH (c:Correction)
WHERE c.reverted = false
WITH collect(c) AS inForce
WHERE size(inForce) > 0
CALL () {
  UNWIND $entities AS id
  MATCH (f:Form {entity: id})
  RETURN collect(DISTINCT f.id) AS forms
}
WITH inForce, $entities + forms AS entities
UNWIND inForce AS c
WITH c, entities
WHERE any(x IN c.entities WHERE x IN entities) OR any(f IN c.facts WHERE f IN $facts)
RETURN c {.*} AS correction
ORDER BY c.when, c.id
