// Counts documents.
// @param limit Integer default 5 min 1 max 10 "rows at most"
// @example limit=5
MATCH (d:Document) RETURN count(d) AS documents LIMIT $limit
