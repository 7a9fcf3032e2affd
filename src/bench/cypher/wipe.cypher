// Empties the benchmark's scratch graph between the two loaders (a few hundred documents' worth).
MATCH (n)
DETACH DELETE n
