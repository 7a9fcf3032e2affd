// Every correction, oldest first (the order they apply in).
MATCH (c:Correction)
RETURN c {.*} AS correction
ORDER BY c.when, c.id
