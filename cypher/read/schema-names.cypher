// Names of the indexes the database holds (a constraint's backing index has the constraint's name), so
// start-up applies only the schema statements whose index or constraint is missing.
SHOW INDEXES YIELD name
RETURN name
