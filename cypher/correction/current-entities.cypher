// The entity each id a correction names belongs to now: an organisation-like entity's id is the id of its
// longest form, and identity may since have joined that form to a longer one (Form.entity). Ids with no
// form (places, entities split off by a correction) stand for themselves.
UNWIND $ids AS id
OPTIONAL MATCH (f:Form {id: id})
RETURN id, coalesce(f.entity, id) AS entity
