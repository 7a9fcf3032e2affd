// yrd-kg graph schema. Applied at start-up, statement by statement; every statement is idempotent.
//
// (:Document {id, name, title, source, publishedAt, language, chars, contentHash, loadedAt})
// (:Document)-[:HAS_SENTENCE]->(:Sentence {id, index, text, start, end})
// (:Sentence)-[:MENTIONS {start, end, surface}]->(:Entity)
// (:Entity:<Region|Province|City|District|Town|Park|Company|Platform|Organization>
//      {id, name, aliases, code})  (mention counts are read from the node's degree, not stored)
// (:Entity)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN {id, key, mentions, documentCount, amountCny,
//      amountQualifier, amount, currency, project, date, confidence, origin, official}]->(:Entity)
//   amount + currency: the amount as stated (1.5亿美元 → 150000000, USD); amountCny only for yuan, never converted
//   One relationship per fact: per (source, type, target), and per project for INVESTS_IN (key);
//   id = source|TYPE|target[|key]. mentions = how many sentences state it, documentCount = in how many
//   documents. origin = 'text' (a sentence says so) or 'gazetteer' (official administrative hierarchy,
//   official: true, kept while its lower place exists).
// (:Sentence)-[:STATES {fact}]->(:Entity)   the evidence: a sentence states the fact with that id; it
//   points at the fact's source. Evidence lives with the sentence, so a fact repeated by thousands of
//   documents never grows: each document adds its own STATES and bumps two counters.

CREATE CONSTRAINT documentId IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentenceId IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entityId IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE INDEX documentName IF NOT EXISTS FOR (d:Document) ON (d.name);
CREATE INDEX entityName IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entityCode IF NOT EXISTS FOR (e:Entity) ON (e.code);
CREATE INDEX cooperatesId IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX investsId IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.id);
CREATE INDEX locatedId IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX statesFact IF NOT EXISTS FOR ()-[s:STATES]-() ON (s.fact);

// Names and aliases, tokenised by the CJK analyser (overlapping character bigrams), so partial
// Chinese names find their entity.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Names as a text index (trigrams): serves `e.name CONTAINS $q` in entity search without reading every
// Entity (the range index entityName serves equality and STARTS WITH, not CONTAINS).
CREATE TEXT INDEX entityNameText IF NOT EXISTS FOR (e:Entity) ON (e.name);

// When documents were loaded: the newest one is the first entry of this index (GET /api/stats), instead
// of reading every document.
CREATE INDEX documentLoadedAt IF NOT EXISTS FOR (d:Document) ON (d.loadedAt);

// Analysts' corrections (graph/correction): (:Correction {id, kind, who, when, why, arguments, reverted,
// entities, facts, snapshot}).
CREATE CONSTRAINT correctionId IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;

// Identity across documents: Document.forms records what each document calls an organisation, company, park
// or platform (one string per form: id, type, name, the names it used); IdentityIndex resolves forms to
// entities. (:Form {id, entity}) exists only for a form that belongs to another entity than its own (entity:
// the id of that entity now; corrections name forms and follow it); a form without one stands for itself.
// One (:IdentityState {id: 'forms', version}) node serialises the writers that change them.
// Document.identityStale marks a document a bulk load is to write again under the settled identities.
CREATE CONSTRAINT formId IF NOT EXISTS FOR (f:Form) REQUIRE f.id IS UNIQUE;
CREATE INDEX formEntity IF NOT EXISTS FOR (f:Form) ON (f.entity);
CREATE CONSTRAINT identityStateId IF NOT EXISTS FOR (s:IdentityState) REQUIRE s.id IS UNIQUE;
CREATE INDEX documentIdentityStale IF NOT EXISTS FOR (d:Document) ON (d.identityStale);
