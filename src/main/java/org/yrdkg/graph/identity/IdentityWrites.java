package org.yrdkg.graph.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.neo4j.driver.TransactionContext;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.graph.CypherFiles;

/**
 * Cross-document identity inside a write transaction. The writer opens a {@link Change} first (which takes
 * the forms lock and brings the index up to date), tells it what each written or deleted document now
 * says, asks it which other documents must be rewritten and how to map ids, and closes it with
 * {@link Change#finish}; {@link #commit} keeps the new index once the transaction has committed.
 * The index in memory is a cache of the Form nodes, reloaded when another writer changed them.
 */
public final class IdentityWrites {

    private IdentityIndex committed;
    /** the documents marked {@code identityStale} in the graph, kept with the index */
    private Set<String> committedStale;
    private long committedVersion = -1;

    /**
     * Starts a change in this transaction: takes the lock, reloads the forms if they moved on. The change
     * works on the index in place (copying tens of thousands of forms per batch would cost more than the
     * batch); until {@link #commit} the index is taken out, so a failed or retried transaction reloads it.
     */
    public synchronized Change begin(TransactionContext tx) {
        long version = tx.run(CypherFiles.query("identity/lock-forms")).single().get("version").asLong();
        Change change = committed != null && committedVersion == version
                ? new Change(committed, committedStale, version + 1) : load(tx, version + 1);
        committed = null;
        committedStale = null;
        change.index.takeChanges();
        return change;
    }

    /** Keeps what a committed transaction made of the forms. */
    public synchronized void commit(Change change) {
        committed = change.index;
        committedStale = change.stale;
        committedVersion = change.version;
    }

    private static Change load(TransactionContext tx, long version) {
        tx.run(CypherFiles.query("identity/forms-from-uses")).consume();
        IdentityIndex index = new IdentityIndex();
        Set<String> stale = new HashSet<>();
        tx.run(CypherFiles.query("identity/read-forms")).forEachRemaining(r -> {
            String documentId = r.get("documentId").asString();
            if (r.get("stale").asBoolean(false)) {
                stale.add(documentId);
            }
            for (String form : r.get("forms").asList(v -> v.asString())) {
                List<String> parts = List.of(form.split(SEPARATOR, -1));
                index.load(documentId, parts.get(0), EntityType.valueOf(parts.get(1)), parts.get(2), parts.subList(3, parts.size()));
            }
        });
        index.link();
        return new Change(index, stale, version);
    }

    /** Between the parts of a form as its document keeps it (Document.forms): a control character, in no name. */
    private static final String SEPARATOR = "\u001F";

    /** A form as its document keeps it: id, type, name, then the names the document used for it. */
    static String encode(IdentityIndex.FormOf f) {
        StringBuilder out = new StringBuilder(f.id()).append(SEPARATOR).append(f.type().name()).append(SEPARATOR).append(f.name());
        f.names().forEach(n -> out.append(SEPARATOR).append(n));
        return out.toString();
    }

    /**
     * The forms of one extraction: its organisation-like entities with the names the document used, a
     * shorter name that refers back to one longer name of the document among them ({@link DocumentShortForms}).
     */
    public static List<IdentityIndex.FormOf> formsOf(Extraction x) {
        List<IdentityIndex.FormOf> out = new ArrayList<>();
        for (ExtractedEntity e : x.entities()) {
            if (IdentityIndex.resolves(e.type())) {
                out.add(new IdentityIndex.FormOf(e.id(), e.type(), e.name(), new TreeSet<>(e.aliases())));
            }
        }
        return DocumentShortForms.resolve(out);
    }

    /** One transaction's changes to the forms. */
    public static final class Change {
        private final IdentityIndex index;
        /** the documents marked stale in the graph, as this transaction leaves them */
        private final Set<String> stale;
        private final long version;
        private final Set<String> touched = new HashSet<>();
        /** forms whose entity changed, with the entity they had */
        private final Map<String, String> changed = new HashMap<>();
        private final Map<String, List<IdentityIndex.FormOf>> documents = new LinkedHashMap<>();

        Change(IdentityIndex index, Set<String> stale, long version) {
            this.index = index;
            this.stale = stale;
            this.version = version;
        }

        /**
         * A document now says this (null: the document goes). It is no longer stale: a written document is
         * written under the identities as they are (write/set-documents takes its mark off).
         */
        public void set(String documentId, Extraction x) {
            stale.remove(documentId);
            List<IdentityIndex.FormOf> forms = x == null ? List.of() : formsOf(x);
            touched.addAll(index.setDocument(documentId, forms));
            if (x != null) {
                documents.put(documentId, forms);
            }
        }

        /** A document written again under the current identities: its entities' names are set at {@link #finish}. */
        public void touch(String documentId) {
            touched.addAll(index.formsOf(documentId));
        }

        /** Other documents whose names now belong to another entity: they must be written again. */
        public Set<String> documentsToRewrite(Set<String> written) {
            Map<String, String> now = index.takeChanges();
            now.forEach(changed::putIfAbsent);
            touched.addAll(now.keySet());
            Set<String> docs = index.documentsUsing(now.keySet());
            docs.removeAll(written);
            return docs;
        }

        /**
         * Of these documents, those whose stale mark changes when they are marked ({@code stale}) or unmarked
         * (write/mark-stale need only be told those; a document is marked again by every batch that moves its
         * names, and unmarked by every rewrite, marked or not).
         */
        public List<String> remark(Set<String> documentIds, boolean stale) {
            List<String> out = new ArrayList<>();
            for (String id : documentIds) {
                if (stale ? this.stale.add(id) : this.stale.remove(id)) {
                    out.add(id);
                }
            }
            return out;
        }

        /** The stored extractions of these documents, by id. */
        public Map<String, Extraction> stored(TransactionContext tx, Set<String> ids) {
            Map<String, Extraction> out = new LinkedHashMap<>();
            tx.run(CypherFiles.query("identity/stored-extractions"), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> {
                if (!r.get("extraction").isNull()) {
                    out.put(r.get("id").asString(), StoredExtraction.from(r.get("extraction").asObject()));
                }
            });
            return out;
        }

        /** The extraction with each form's id replaced by its entity's, relations following. */
        public Extraction remap(Extraction x) {
            return IdentityWrites.remap(index, x);
        }

        /**
         * What a written document keeps of its forms (its {@code forms} property, written with the document by
         * {@code write/set-documents}): one string per form, what {@link #load} reads back.
         */
        public List<String> storedForms(String documentId) {
            return documents.getOrDefault(documentId, List.of()).stream().map(IdentityWrites::encode).toList();
        }

        /**
         * Records the entity of every form whose entity changed, and the names
         * of every entity whose forms changed. Returns those entities' ids (corrections shaping them are
         * applied again after this).
         */
        public Set<String> finish(TransactionContext tx, Consumer<String> afterStatement) {
            index.takeChanges().forEach(changed::putIfAbsent);
            touched.addAll(changed.keySet());
            if (touched.isEmpty()) {
                return Set.of();
            }
            Set<String> entities = new HashSet<>();
            // a Form node only for a form that belongs to another entity (a shorter name joined to a longer)
            List<Map<String, Object>> joined = new ArrayList<>();
            List<String> standalone = new ArrayList<>();
            for (String f : touched) {
                String was = changed.get(f);
                IdentityIndex.Identity is = index.identity(f);
                if (was != null) {
                    entities.add(was);
                }
                if (is != null) {
                    entities.add(is.entityId());
                }
                if (is != null && !is.entityId().equals(f)) {
                    joined.add(Map.of("id", f, "entity", is.entityId()));
                } else if (was != null && !was.equals(f)) {
                    standalone.add(f);
                }
            }
            if (!standalone.isEmpty()) {
                tx.run(CypherFiles.query("identity/delete-forms"), Map.of("ids", standalone)).consume();
                afterStatement.accept("identity/delete-forms");
            }
            if (!joined.isEmpty()) {
                tx.run(CypherFiles.query("identity/set-form-entities"), Map.of("forms", joined)).consume();
                afterStatement.accept("identity/set-form-entities");
            }
            List<Map<String, Object>> rows = index.entityNames(entities).stream().map(n -> Map.<String, Object>of(
                    "id", n.id(), "name", n.name(), "aliases", n.aliases(), "ambiguous", n.ambiguous())).toList();
            tx.run(CypherFiles.query("identity/set-entity-names"), Map.of("entities", rows)).consume();
            afterStatement.accept("identity/set-entity-names");
            return entities;
        }
    }

    /** The extraction with each form's id replaced by the id of its entity in the index, relations following. */
    public static Extraction remap(IdentityIndex index, Extraction x) {
        Map<String, String> ids = new HashMap<>();
        List<ExtractedEntity> entities = new ArrayList<>();
        for (ExtractedEntity e : x.entities()) {
            IdentityIndex.Identity identity = IdentityIndex.resolves(e.type()) ? index.identity(e.id()) : null;
            if (identity == null || identity.entityId().equals(e.id())) {
                entities.add(e);
                continue;
            }
            ids.put(e.id(), identity.entityId());
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(e.name());
            // a company's described facility (甲乙研发中心) is written as the company it belongs to
            entities.add(new ExtractedEntity(identity.entityId(), index.typeOf(identity.entityId()), e.name(), aliases,
                    e.code(), e.mentions()));
        }
        if (ids.isEmpty()) {
            return x;
        }
        List<ExtractedRelation> relations = x.relations().stream().map(r -> remap(r, ids)).toList();
        List<ExtractedRelation> hierarchy = x.hierarchy().stream().map(r -> remap(r, ids)).toList();
        return new Extraction(x.document(), entities, relations, x.ancestors(), hierarchy, x.warnings());
    }

    private static ExtractedRelation remap(ExtractedRelation r, Map<String, String> ids) {
        String source = ids.getOrDefault(r.sourceId(), r.sourceId());
        String target = ids.getOrDefault(r.targetId(), r.targetId());
        if (source.equals(r.sourceId()) && target.equals(r.targetId())) {
            return r;
        }
        return new ExtractedRelation(source, r.type(), target, r.source(), r.target(), r.amountCny(),
                r.amountQualifier(), r.project(), r.date(), r.origin(), r.sentence(), r.start(), r.end(),
                r.evidence(), r.confidence());
    }
}
