// One correction by id.
MATCH (c:Correction {id: $id})
RETURN c {.*} AS correction
