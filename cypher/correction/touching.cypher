// The corrections in force that name one of these entities or facts, oldest first.
MATCH (c:Correction)
WHERE c.reverted = false
  AND (any(x IN c.entities WHERE x IN $entities) OR any(f IN c.facts WHERE f IN $facts))
RETURN c {.*} AS correction
ORDER BY c.when, c.id
