// yrd-kg example questions, for copy-paste into Neo4j Browser or cypher-shell. The Browser guide
// (:play http://localhost:8080/browser/guide.html) is made from this file: each "// ## " line starts
// a slide, the comment lines after it explain, and the query up to its ';' becomes a runnable block.
// Entities are found by canonical name or alias; the HTTP API also takes ids, short forms and
// Traditional script (GET /api/entities?q=閔行).

// ## Find an entity by part of its name
// The full-text index entityNames splits Chinese names into character pairs, so 闵行 finds 闵行区 and
// the parks and companies named after it. The best match comes first.
CALL db.index.fulltext.queryNodes('entityNames', '闵行') YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 10;

// ## What does 闵行 cooperate on, and with whom?
// Every cooperation fact of 闵行区 with the sentences that state it and the articles they come from.
MATCH (place:Entity)
WHERE place.name = '闵行区' OR '闵行' IN place.aliases
MATCH (place)-[r:COOPERATES_WITH]-(partner:Entity)
RETURN partner.name AS partner, r.mentions AS mentions,
       COLLECT {
         MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:STATES {fact: r.id}]->()
         RETURN d.name + ': ' + s.text
         LIMIT 5
       } AS evidence
ORDER BY mentions DESC;

// ## 闵行 and its partners as a picture
// The same facts drawn as a graph, one step further out. Click a relationship to see its id and how
// many sentences (mentions) and articles (documentCount) state it.
MATCH (place:Entity)
WHERE place.name = '闵行区' OR '闵行' IN place.aliases
MATCH p = (place)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*1..2]-(:Entity)
RETURN p
LIMIT 100;

// ## Who invested how much in 淮南高新区?
// Investments into the park and into anything located in it, largest first, with the total in yuan.
MATCH (park:Entity)
WHERE park.name = '淮南高新区' OR '淮南高新区' IN park.aliases
MATCH (investor:Entity)-[r:INVESTS_IN]->(target:Entity)-[:LOCATED_IN*0..3]->(park)
WITH DISTINCT investor, r, target
WITH collect({investor: investor.name, target: target.name, amountCny: r.amountCny, project: r.project}) AS investments,
     sum(r.amountCny) AS totalCny
UNWIND investments AS investment
RETURN investment.investor AS investor, investment.target AS target, investment.amountCny AS amountCny,
       investment.project AS project, totalCny
ORDER BY coalesce(amountCny, -1) DESC;

// ## How is 松江 connected to 合肥?
// The shortest chains of facts between two places, drawn as a graph (facts only, never through
// sentences or documents). No rows until the loaded articles link the two.
MATCH (a:Entity)
WHERE a.name = '松江区' OR '松江' IN a.aliases
MATCH (b:Entity)
WHERE b.name = '合肥市' OR '合肥' IN b.aliases
MATCH p = allShortestPaths((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..6]-(b))
RETURN p
LIMIT 10;

// ## How is 莘庄工业区 connected to 淮南市?
// The same question for a park: each step of the chain with the sentence that states it.
MATCH (a:Entity)
WHERE a.name = '莘庄工业区' OR '莘庄工业区' IN a.aliases
MATCH (b:Entity)
WHERE b.name = '淮南市' OR '淮南' IN b.aliases
MATCH p = allShortestPaths((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..6]-(b))
UNWIND relationships(p) AS r
RETURN startNode(r).name AS source, type(r) AS fact, endNode(r).name AS target, r.origin AS origin,
       COLLECT { MATCH (s:Sentence)-[:STATES {fact: r.id}]->() RETURN s.text LIMIT 5 } AS evidence
LIMIT 20;

// ## Which parks were co-built across provinces?
// Parks with a cooperation or investment fact that reaches a place, company or organisation of
// another province.
MATCH (park:Park)-[:LOCATED_IN*1..4]->(home:Province)
MATCH (park)-[:COOPERATES_WITH|INVESTS_IN]-(partner:Entity)-[:LOCATED_IN*0..4]->(other:Province)
WHERE other <> home
RETURN park.name AS park, home.name AS province, collect(DISTINCT other.name) AS partnerProvinces,
       collect(DISTINCT partner.name) AS partners
ORDER BY size(partners) DESC;

// ## What does the graph say about 淮南高新区, and where does it say it?
// Click through: article → sentence → entity. A sentence that states a fact of the park points at
// the fact's source with STATES (its fact property is the fact's id).
MATCH (e:Entity)
WHERE e.name = '淮南高新区' OR '淮南高新区' IN e.aliases
MATCH (e)<-[m:MENTIONS]-(s:Sentence)<-[h:HAS_SENTENCE]-(d:Document)
OPTIONAL MATCH (s)-[st:STATES]->(source:Entity)
RETURN d, h, s, m, e, st, source
LIMIT 25;

// ## The most connected entities
// How many facts stated by a text each entity takes part in.
MATCH (e:Entity)
WITH e, COUNT { (e)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(:Entity) WHERE r.origin = 'text' } AS facts
WHERE facts > 0
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, facts
ORDER BY facts DESC
LIMIT 20;

// ## The official hierarchy of a place
// LOCATED_IN links marked origin 'gazetteer' come from the official division codes, not from a text.
MATCH (e:Entity)
WHERE e.name = '闵行区' OR '闵行' IN e.aliases
MATCH p = (e)-[:LOCATED_IN*1..4]->(:Entity)
RETURN p;
