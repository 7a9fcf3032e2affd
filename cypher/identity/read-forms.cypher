// Every form with the names each document used for it: what IdentityIndex is built from.
MATCH (d:Document)-[u:USES]->(f:Form)
RETURN d.id AS documentId, f.id AS formId, f.type AS type, f.name AS name, u.names AS names
