package org.yrdkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yrdkg.document.Document;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.graph.identity.IdentityWrites;
import org.yrdkg.graph.identity.StoredExtraction;

/**
 * Writes a document's extraction, or a batch of them, in one managed transaction (retried by the driver
 * on transient errors, routed to the leader in a cluster): all of it commits or none. Every statement is
 * a batched {@code UNWIND} from {@code cypher/write/}; each document is claimed first (a lock on its
 * node), so a retry or a concurrent load of the same document cannot duplicate anything: what is
 * {@code CREATE}d is new to this transaction, everything shared is {@code MERGE}d.
 */
@Component
public class GraphWriter {

    public enum Outcome { CREATED, UNCHANGED, REPLACED }

    /**
     * What a document holds as its view ({@code GET /api/documents/{id}}) reads it back: its sentences, the
     * entities they mention, the facts they state (so an upload's answer and the document's view agree).
     */
    public record Written(String documentId, Outcome outcome, int sentences, int entities, int facts) {

        static Written of(String id, Outcome outcome, Extraction x, List<Map<String, Object>> stated) {
            int mentioned = (int) x.entities().stream().filter(e -> !e.mentions().isEmpty())
                    .map(ExtractedEntity::id).distinct().count();
            int evidenced = (int) stated.stream().filter(fact -> !((List<?>) fact.get("evidence")).isEmpty()).count();
            return new Written(id, outcome, x.document().sentences().size(), mentioned, evidenced);
        }
    }

    /** Region > province > city > district > town, and a park or company below: deletions cascade at most this far. */
    private static final int MAX_HIERARCHY_DEPTH = 8;
    /** Documents written again per transaction by {@link #settleIdentity}. */
    private static final int SETTLE_BATCH = 128;

    /**
     * Told what a write does, inside its transaction: the benchmark times the statements, tests make a
     * write fail half-way. The product's writer has none.
     */
    public interface StatementListener {

        /** Before {@link #writeAll} opens its session, on the thread that writes these documents (none: a settle transaction). */
        default void writeStarted(List<Extraction> extractions) {
        }

        /** After each statement, inside the transaction (again for each statement of a retry). */
        void afterStatement(String file);

        /** After {@link #writeAll}'s (or a settle's) transaction committed. */
        default void writeCommitted() {
        }
    }

    private final Driver driver;
    private final GraphDatabase database;
    private final StatementListener listener;
    private AfterWrite afterWrite = AfterWrite.NONE;
    /** which entity each organisation-like name belongs to across documents (see IdentityIndex) */
    private final IdentityWrites identity = new IdentityWrites();

    @Autowired
    public GraphWriter(Driver driver, GraphDatabase database) {
        this(driver, database, file -> { });
    }

    public GraphWriter(Driver driver, GraphDatabase database, StatementListener listener) {
        this.driver = driver;
        this.database = database;
        this.listener = listener;
    }

    /** What runs at the end of each write transaction with what it wrote (analysts' corrections). */
    @Autowired(required = false)
    public void setAfterWrite(AfterWrite afterWrite) {
        this.afterWrite = afterWrite;
    }

    /**
     * When the other documents whose names a write moves to another entity are written again: {@code NOW},
     * in the same transaction (an upload: the graph is settled when it returns), or {@code AT_SETTLE}: they
     * are only marked, and {@link #settleIdentity} writes each of them once (a bulk load, where a document
     * would otherwise be written again each time a later batch brings a longer name of what it names).
     */
    public enum Rewrites { NOW, AT_SETTLE }

    public Written write(Extraction extraction, String source) {
        return write(extraction, source, Rewrites.NOW);
    }

    public Written write(Extraction extraction, String source, Rewrites rewrites) {
        return writeAll(List.of(extraction), List.of(source), rewrites).get(0);
    }

    public List<Written> writeAll(List<Extraction> extractions, List<String> sources) {
        return writeAll(extractions, sources, Rewrites.NOW);
    }

    /**
     * Writes several documents in one transaction: a bulk load commits (and syncs the transaction log)
     * once per batch instead of once per document, and each statement carries the rows of the whole
     * batch, so a batch costs the same eight round trips as one document. All of the batch commits or
     * none; a caller that must isolate a bad document writes the batch's documents one by one after a
     * failure. A name given twice is written in order (the later text replaces the earlier).
     */
    public List<Written> writeAll(List<Extraction> extractions, List<String> sources, Rewrites rewrites) {
        listener.writeStarted(extractions);
        try (var session = driver.session(database.sessionConfig())) {
            List<IdentityWrites.Change> change = new ArrayList<>(1);
            List<Written> result = session.executeWrite(tx -> {
                change.clear();
                change.add(identity.begin(tx));
                afterStatement("identity/begin");
                List<Written> written = new ArrayList<>(extractions.size());
                Wrote wrote = new Wrote();
                int from = 0;
                while (from < extractions.size()) {
                    int to = distinctRunEnd(extractions, from);
                    written.addAll(writeDistinct(tx, extractions.subList(from, to), sources.subList(from, to), change.get(0),
                            rewrites, wrote));
                    from = to;
                }
                finish(tx, change.get(0), wrote);
                return written;
            });
            listener.writeCommitted();
            identity.commit(change.get(0));
            return result;
        }
    }

    /** The end of the run of documents from {@code from} whose names are all different. */
    private static int distinctRunEnd(List<Extraction> extractions, int from) {
        Set<String> names = new HashSet<>();
        int to = from;
        while (to < extractions.size() && names.add(extractions.get(to).document().name())) {
            to++;
        }
        return to;
    }

    /** Documents with different names, in one go: claim all, detach the changed, write the rest as rows. */
    private List<Written> writeDistinct(TransactionContext tx, List<Extraction> extractions, List<String> sources,
                                        IdentityWrites.Change change, Rewrites rewrites, Wrote wrote) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Extraction x : extractions) {
            claims.add(Map.of("id", DocumentIds.of(x.document().name()), "name", x.document().name()));
        }
        Map<String, String> previousHash = new HashMap<>();
        tx.run(CypherFiles.query("write/claim-documents"), Map.of("documents", claims))
                .forEachRemaining(r -> previousHash.put(r.get("id").asString(), r.get("previousHash").asString(null)));
        afterStatement("write/claim-documents");
        if (stillThere(tx, new ArrayList<>(previousHash.keySet())) < previousHash.size()) {
            throw claimLost();
        }

        Written[] written = new Written[extractions.size()];
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < extractions.size(); i++) {
            Extraction x = extractions.get(i);
            String id = DocumentIds.of(x.document().name());
            String previous = previousHash.get(id);
            if (previous != null && previous.equals(x.document().contentHash())) {
                Extraction now = change.remap(x);
                written[i] = Written.of(id, Outcome.UNCHANGED, now, FactRows.stated(id, textAndHierarchy(now)));
                continue;
            }
            if (previous != null) {
                detach(tx, id);
                run(tx, "write/delete-sentences", Map.of("id", id));
            }
            change.set(id, x);
            changed.add(id);
        }
        afterStatement("identity/index");
        Rows rows = new Rows();
        resolveIdentity(tx, change, changed, rows, rewrites);
        for (int i = 0; i < extractions.size(); i++) {
            if (written[i] == null) {
                Extraction x = extractions.get(i);
                String id = DocumentIds.of(x.document().name());
                written[i] = rows.add(id, change.remap(x), StoredExtraction.toBytes(x), change.storedForms(id), sources.get(i),
                        previousHash.get(id) == null ? Outcome.CREATED : Outcome.REPLACED);
            }
        }
        afterStatement("write/rows");
        if (!rows.documents.isEmpty()) {
            run(tx, "write/set-documents", Map.of("documents", rows.documents));
            run(tx, "write/create-sentences", Map.of("sentences", rows.sentences));
        }
        writeContributions(tx, rows, wrote);
        return List.of(written);
    }

    private void writeContributions(TransactionContext tx, Rows rows, Wrote wrote) {
        if (!rows.entities.isEmpty() || !rows.mentions.isEmpty() || !rows.facts.isEmpty()) {
            run(tx, "write/merge-entities", Map.of("entities", new ArrayList<>(rows.entities.values())));
            run(tx, "write/create-mentions", Map.of("mentions", rows.mentions));
            run(tx, "write/merge-hierarchy", Map.of("links", new ArrayList<>(rows.links.values())));
            run(tx, "write/merge-facts", Map.of("facts", rows.facts));
            wrote.entities.addAll(rows.entities.keySet());
            wrote.facts.addAll(rows.factIds());
        }
        // after the writes: an entity a rewrite took a mention from may be the one another row names
        deleteOrphans(tx, new ArrayList<>(rows.orphans));
    }

    /**
     * The end of every write transaction: identity first (forms recorded, the names of the entities whose
     * forms changed set), then the corrections touching what was written or renamed, so that they are
     * applied to the entities as identity has just settled them and nothing after them undoes them.
     */
    private void finish(TransactionContext tx, IdentityWrites.Change change, Wrote wrote) {
        wrote.entities.addAll(change.finish(tx, this::afterStatement));
        if (!wrote.entities.isEmpty() || !wrote.facts.isEmpty()) {
            afterWrite.written(tx, wrote.entities, wrote.facts);
            afterStatement("corrections");
        }
    }

    /** The entities and facts a transaction wrote or renamed, for the corrections. */
    private static final class Wrote {
        final Set<String> entities = new LinkedHashSet<>();
        final Set<String> facts = new LinkedHashSet<>();
    }

    /**
     * The identity step of a write, once the written documents' forms are in the index: the documents not
     * in this batch that name an entity whose identity the batch changed (a longer name arrived, a short
     * form became ambiguous, a document went) are written again now, from the extraction stored with them,
     * under the new ids (their sentences stay), or marked for {@link #settleIdentity}.
     */
    private void resolveIdentity(TransactionContext tx, IdentityWrites.Change change, Set<String> written, Rows rows,
                                 Rewrites rewrites) {
        Set<String> again = change.documentsToRewrite(written);
        if (again.isEmpty()) {
            return;
        }
        if (rewrites == Rewrites.AT_SETTLE) {
            markStale(tx, change, again, true);
            return;
        }
        rewrite(tx, change, again, rows);
    }

    /**
     * Writes documents again under the current identities, from their stored extractions, by difference
     * ({@link ContributionDiff}): the mentions and facts that moved to another entity are taken out here,
     * and their new rows join {@code rows}; the entities left unneeded go once those are written.
     */
    private void rewrite(TransactionContext tx, IdentityWrites.Change change, Set<String> ids, Rows rows) {
        Map<String, Extraction> stored = change.stored(tx, ids);
        afterStatement("identity/stored-extractions");
        Map<String, List<Map<String, Object>>> mentionsNow = new HashMap<>();
        Map<String, List<Map<String, Object>>> statesNow = new HashMap<>();
        tx.run(CypherFiles.query("identity/written-contributions"), Map.of("ids", List.copyOf(stored.keySet())))
                .forEachRemaining(r -> {
                    mentionsNow.put(r.get("id").asString(), r.get("mentions").asList(Value::asMap));
                    statesNow.put(r.get("id").asString(), r.get("states").asList(Value::asMap));
                });
        afterStatement("identity/written-contributions");
        List<Map<String, Object>> goneMentions = new ArrayList<>();
        List<Map<String, Object>> goneFacts = new ArrayList<>();
        stored.forEach((id, x) -> {
            Extraction now = change.remap(x);
            ContributionDiff diff = ContributionDiff.of(id, mentionsNow.getOrDefault(id, List.of()),
                    statesNow.getOrDefault(id, List.of()), mentionRows(id, now.entities()),
                    FactRows.stated(id, textAndHierarchy(now)));
            goneMentions.addAll(diff.goneMentions());
            goneFacts.addAll(diff.goneFacts());
            rows.addDifference(now, diff);
            change.touch(id);
        });
        takeOut(tx, "identity/delete-mentions", "mentions", goneMentions, rows);
        takeOut(tx, "identity/unstate-facts", "facts", goneFacts, rows);
        markStale(tx, change, ids, false);
    }

    /** Runs a statement that takes rows out, when there are any; what it touched may be left unneeded. */
    private void takeOut(TransactionContext tx, String file, String parameter, List<Map<String, Object>> rows, Rows into) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> restate = new ArrayList<>();
        tx.run(CypherFiles.query(file), Map.of(parameter, rows)).forEachRemaining(r -> {
            into.orphans.addAll(r.get("touched").asList());
            if (r.containsKey("restate")) {
                restate.addAll(r.get("restate").asList());
            }
        });
        afterStatement(file);
        restateValues(tx, restate);
    }

    /** Facts that lost the evidence their amount or date came from take those of the evidence that stands. */
    private void restateValues(TransactionContext tx, List<Object> facts) {
        if (!facts.isEmpty()) {
            run(tx, "write/restate-values", Map.of("facts", facts));
        }
    }

    private void markStale(TransactionContext tx, IdentityWrites.Change change, Set<String> ids, boolean stale) {
        List<String> remarked = change.remark(ids, stale);
        if (!remarked.isEmpty()) {
            run(tx, "identity/mark-stale", Map.of("ids", remarked, "stale", stale));
        }
    }

    /**
     * Writes again, once each and under the identities as they now are, the documents bulk writes marked
     * ({@link Rewrites#AT_SETTLE}), a batch per transaction. Returns how many there were.
     */
    public int settleIdentity() {
        int settled = 0;
        try (var session = driver.session(database.sessionConfig())) {
            while (true) {
                List<IdentityWrites.Change> change = new ArrayList<>(1);
                listener.writeStarted(List.of());
                int n = session.executeWrite(tx -> {
                    change.clear();
                    change.add(identity.begin(tx));
                    Set<String> stale = new java.util.TreeSet<>();
                    tx.run(CypherFiles.query("identity/stale-documents"), Map.of("limit", SETTLE_BATCH))
                            .forEachRemaining(r -> stale.add(r.get("id").asString()));
                    afterStatement("identity/stale-documents");
                    Wrote wrote = new Wrote();
                    if (!stale.isEmpty()) {
                        Rows rows = new Rows();
                        rewrite(tx, change.get(0), stale, rows);
                        writeContributions(tx, rows, wrote);
                    }
                    finish(tx, change.get(0), wrote);
                    return stale.size();
                });
                listener.writeCommitted();
                identity.commit(change.get(0));
                if (n == 0) {
                    return settled;
                }
                settled += n;
            }
        }
    }

    /** The parameter rows of a batch's statements, document after document. */
    private static final class Rows {
        final List<Map<String, Object>> documents = new ArrayList<>();
        final List<Map<String, Object>> sentences = new ArrayList<>();
        final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        final List<Map<String, Object>> mentions = new ArrayList<>();
        final Map<Object, Map<String, Object>> links = new LinkedHashMap<>();
        final List<Map<String, Object>> facts = new ArrayList<>();
        /** entities a rewrite took mentions or facts from: deleted once the rows are written if nothing needs them */
        final Set<Object> orphans = new LinkedHashSet<>();

        List<String> factIds() {
            List<String> ids = new ArrayList<>(links.size() + facts.size());
            links.keySet().forEach(link -> ids.add((String) link));
            facts.forEach(fact -> ids.add((String) fact.get("id")));
            return ids;
        }

        Written add(String id, Extraction x, byte[] stored, List<String> forms, String source, Outcome outcome) {
            Map<String, Object> document = documentParams(id, x.document(), source);
            document.put("extraction", stored);
            document.put("forms", forms);
            documents.add(document);
            sentences.addAll(sentenceRows(id, x.document()));
            return Written.of(id, outcome, x, addContribution(id, x));
        }

        /** What a rewritten document's difference writes: its new mentions and facts, and the entities they name. */
        void addDifference(Extraction x, ContributionDiff diff) {
            Set<String> ids = new HashSet<>(diff.entityIds());
            // official links from an entity that has a new id (none from the extractor, which links places only)
            for (Map<String, Object> link : FactRows.hierarchy(textAndHierarchy(x))) {
                if (ids.contains(link.get("sourceId"))) {
                    links.putIfAbsent(link.get("id"), link);
                    ids.add((String) link.get("targetId"));
                }
            }
            List<ExtractedEntity> named = new ArrayList<>();
            for (ExtractedEntity e : x.entities()) {
                if (ids.contains(e.id())) named.add(e);
            }
            for (ExtractedEntity e : x.ancestors()) {
                if (ids.contains(e.id())) named.add(e);
            }
            addEntityRows(entities, named);
            mentions.addAll(diff.newMentions());
            facts.addAll(diff.newFacts());
        }

        /** A document's entities, mentions and facts, its sentences being in the graph already or in these rows. */
        List<Map<String, Object>> addContribution(String id, Extraction x) {
            List<ExtractedEntity> all = new ArrayList<>(x.entities());
            all.addAll(x.ancestors());
            addEntityRows(entities, all);
            mentions.addAll(mentionRows(id, x.entities()));
            List<ExtractedRelation> relations = textAndHierarchy(x);
            FactRows.hierarchy(relations).forEach(link -> links.putIfAbsent(link.get("id"), link));
            var stated = FactRows.stated(id, relations);
            facts.addAll(stated);
            return stated;
        }
    }

    private static List<ExtractedRelation> textAndHierarchy(Extraction x) {
        List<ExtractedRelation> relations = new ArrayList<>(x.relations());
        relations.addAll(x.hierarchy());
        return relations;
    }

    /**
     * Removes a document and everything only it contributed. Returns false when there is no such document.
     * The document's lock comes first and its existence is checked under it, so concurrent deletes and
     * replacements of one document take effect one after the other, never twice.
     */
    public boolean delete(String documentId) {
        try (var session = driver.session(database.sessionConfig())) {
            List<IdentityWrites.Change> change = new ArrayList<>(1);
            boolean deleted = session.executeWrite(tx -> {
                change.clear();
                var exists = tx.run(CypherFiles.query("write/lock-document"), Map.of("id", documentId))
                        .single().get("found").asBoolean();
                afterStatement("write/lock-document");
                if (stillThere(tx, List.of(documentId)) == 0) {
                    throw claimLost();
                }
                if (exists) {
                    change.add(identity.begin(tx));
                    detach(tx, documentId);
                    run(tx, "write/delete-sentences", Map.of("id", documentId));
                }
                run(tx, "write/delete-document", Map.of("id", documentId));
                if (exists) {
                    resolveAfterDelete(tx, change.get(0), documentId);
                }
                return exists;
            });
            change.forEach(identity::commit);
            return deleted;
        }
    }

    /** The document's names leave the index; documents whose names change entity with it are rewritten. */
    private void resolveAfterDelete(TransactionContext tx, IdentityWrites.Change change, String documentId) {
        change.set(documentId, null);
        Rows rows = new Rows();
        Wrote wrote = new Wrote();
        resolveIdentity(tx, change, Set.of(documentId), rows, Rewrites.NOW);
        writeContributions(tx, rows, wrote);
        finish(tx, change, wrote);
    }

    private static long stillThere(TransactionContext tx, List<String> ids) {
        return tx.run(CypherFiles.query("write/claimed-documents"), Map.of("ids", ids)).single().get("found").asLong();
    }

    /** Transient: the driver runs the transaction again, and then sees the document as it now is. */
    private static TransientException claimLost() {
        return new TransientException("Yrdkg.Write.ClaimLost",
                "A document was deleted by another transaction while this one waited for it; starting over.");
    }

    /** Takes a document's contribution out, then the entities left unneeded, lowest places first. */
    private void detach(TransactionContext tx, String id) {
        var detached = tx.run(CypherFiles.query("write/detach-document"), Map.of("id", id)).single();
        afterStatement("write/detach-document");
        restateValues(tx, detached.get("restate").asList());
        deleteOrphans(tx, detached.get("touched").asList());
    }

    /** Deletes those of these entities nothing needs any more, then the places above them left unneeded. */
    private void deleteOrphans(TransactionContext tx, List<Object> touched) {
        for (int level = 0; level < MAX_HIERARCHY_DEPTH && !touched.isEmpty(); level++) {
            long deleted = tx.run(CypherFiles.query("write/delete-orphans"), Map.of("ids", touched))
                    .single().get("deleted").asLong();
            if (deleted == 0) {
                break;
            }
        }
    }

    private void run(TransactionContext tx, String file, Map<String, Object> params) {
        tx.run(CypherFiles.query(file), params).consume();
        afterStatement(file);
    }

    private void afterStatement(String file) {
        listener.afterStatement(file);
    }

    private static Map<String, Object> documentParams(String id, Document doc, String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("title", doc.title());
        p.put("source", source);
        p.put("publishedAt", doc.publishedAt());
        p.put("language", doc.language());
        p.put("chars", doc.text().length());
        p.put("contentHash", doc.contentHash());
        return p;
    }

    private static List<Map<String, Object>> sentenceRows(String id, Document doc) {
        return doc.sentences().stream().map(s -> Map.<String, Object>of("documentId", id,
                "id", DocumentIds.sentence(id, s.index()), "index", s.index(),
                "text", s.text(), "start", s.start(), "end", s.end())).toList();
    }

    /**
     * One row per entity of the batch, its aliases from every document of it: merge-entities reads an
     * entity's aliases once per statement, so two rows of one entity would both add the same alias.
     */
    private static void addEntityRows(Map<String, Map<String, Object>> rows, List<ExtractedEntity> entities) {
        for (ExtractedEntity e : entities) {
            Map<String, Object> row = rows.computeIfAbsent(e.id(), id -> {
                Map<String, Object> r = new HashMap<>();
                r.put("id", e.id());
                r.put("type", e.type().name());
                r.put("name", e.name());
                r.put("aliases", new ArrayList<String>());
                r.put("code", e.code());
                return r;
            });
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) row.get("aliases");
            for (String alias : e.aliases()) {
                if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
        }
    }

    private static List<Map<String, Object>> mentionRows(String id, List<ExtractedEntity> entities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            for (Mention m : e.mentions()) {
                rows.add(Map.of("sentenceId", DocumentIds.sentence(id, m.sentence()), "entityId", e.id(),
                        "start", m.start(), "end", m.end(), "surface", m.surface()));
            }
        }
        return rows;
    }
}
