// Sets the password of the embedded server's user (run on the system database at start-up; the
// password is a parameter, so Neo4j's query log shows it obfuscated and it is never in the text).
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
