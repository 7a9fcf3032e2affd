// Waits (up to 60 s) until every index is online, so the first queries after start-up use them.
CALL db.awaitIndexes(60)
