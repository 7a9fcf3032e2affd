// Marks a correction reverted (it stays, as history, and is exported as such).
MATCH (c:Correction {id: $id})
SET c.reverted = true
