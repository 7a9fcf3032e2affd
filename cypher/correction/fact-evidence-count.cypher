// How many sentences state a fact (kept for a rejected fact, whose relationship is gone).
RETURN COUNT { (:Sentence)-[:STATES {fact: $id}]->() } AS statements
