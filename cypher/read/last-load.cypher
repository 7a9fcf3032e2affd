MATCH (d:Document)
RETURN max(d.loadedAt) AS lastLoad
