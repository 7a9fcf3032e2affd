// A store written before forms were kept on their documents: each document's USES relationships become
// its forms property, and the Form nodes of forms that stand for themselves go. Does nothing on a store
// without USES; run before the forms are read.
CALL () {
  MATCH (d:Document)-[u:USES]->(f:Form)
  WITH d, collect(u) AS uses,
       collect(reduce(s = f.id + '\u001F' + f.type + '\u001F' + f.name, n IN u.names | s + '\u001F' + n)) AS forms
  SET d.forms = forms
  FOREACH (u IN uses | DELETE u)
}
CALL () {
  MATCH (f:Form)
  WHERE f.entity IS NULL OR f.entity = f.id
  DELETE f
}
