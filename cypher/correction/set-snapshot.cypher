// What a correction took out of the graph (a rejected fact, a merged entity), to put it back on revert.
MATCH (c:Correction {id: $id})
SET c.snapshot = $snapshot
