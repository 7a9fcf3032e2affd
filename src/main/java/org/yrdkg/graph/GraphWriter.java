package org.yrdkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.yrdkg.document.Document;
import org.yrdkg.extract.ExtractedEntity;
import org.yrdkg.extract.ExtractedRelation;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.Mention;

/**
 * Writes one document's extraction in one managed transaction (retried by the driver on transient
 * errors, routed to the leader in a cluster): all of it commits or none. Every statement is a batched
 * {@code UNWIND … MERGE} from {@code cypher/write/}, so a retry or a concurrent load of the same
 * document cannot duplicate anything.
 */
@Component
public class GraphWriter {

    public enum Outcome { CREATED, UNCHANGED, REPLACED }

    public record Written(String documentId, Outcome outcome, int sentences, int entities, int facts) {
    }

    /** Region > province > city > district > town, and a park or company below: deletions cascade at most this far. */
    private static final int MAX_HIERARCHY_DEPTH = 8;

    private final Driver driver;
    private final GraphDatabase database;

    public GraphWriter(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    public Written write(Extraction extraction, String source) {
        return writeAll(List.of(extraction), List.of(source)).get(0);
    }

    /**
     * Writes several documents in one transaction, one after the other: a bulk load commits (and syncs
     * the transaction log) once per batch instead of once per document. All of the batch commits or none;
     * a caller that must isolate a bad document writes the batch's documents one by one after a failure.
     */
    public List<Written> writeAll(List<Extraction> extractions, List<String> sources) {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeWrite(tx -> {
                List<Written> written = new ArrayList<>(extractions.size());
                for (int i = 0; i < extractions.size(); i++) {
                    written.add(writeOne(tx, extractions.get(i), sources.get(i)));
                }
                return written;
            });
        }
    }

    private Written writeOne(TransactionContext tx, Extraction extraction, String source) {
        Document doc = extraction.document();
        String id = DocumentIds.of(doc.name());
        var previous = tx.run(CypherFiles.query("write/claim-document"), Map.of("id", id, "name", doc.name()))
                .single().get("previousHash");
        afterStatement("write/claim-document");
        if (!previous.isNull() && previous.asString().equals(doc.contentHash())) {
            return new Written(id, Outcome.UNCHANGED, 0, 0, 0);
        }
        if (!previous.isNull()) {
            detach(tx, id);
        }
        run(tx, "write/set-document", documentParams(id, doc, source));
        var sentences = sentenceRows(id, doc);
        run(tx, "write/create-sentences", Map.of("id", id, "sentences", sentences));
        List<ExtractedEntity> all = new ArrayList<>(extraction.entities());
        all.addAll(extraction.ancestors());
        run(tx, "write/merge-entities", Map.of("entities", entityRows(all)));
        run(tx, "write/create-mentions", Map.of("mentions", mentionRows(id, extraction.entities())));
        List<ExtractedRelation> facts = new ArrayList<>(extraction.relations());
        facts.addAll(extraction.hierarchy());
        run(tx, "write/merge-hierarchy", Map.of("links", FactRows.hierarchy(facts)));
        var factRows = FactRows.stated(id, facts);
        run(tx, "write/merge-facts", Map.of("facts", factRows));
        return new Written(id, previous.isNull() ? Outcome.CREATED : Outcome.REPLACED,
                sentences.size(), all.size(), factRows.size());
    }

    /** Removes a document and everything only it contributed. Returns false when there is no such document. */
    public boolean delete(String documentId) {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeWrite(tx -> {
                var exists = tx.run(CypherFiles.query("write/document-exists"), Map.of("id", documentId))
                        .single().get("found").asBoolean();
                if (exists) {
                    detach(tx, documentId);
                    run(tx, "write/delete-document", Map.of("id", documentId));
                }
                return exists;
            });
        }
    }

    /** Takes a document's contribution out, then the entities left unneeded, lowest places first. */
    private void detach(TransactionContext tx, String id) {
        List<Object> touched = tx.run(CypherFiles.query("write/detach-document"), Map.of("id", id))
                .single().get("touched").asList();
        afterStatement("write/detach-document");
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

    /** Called after each statement inside the transaction; tests override it to fail half-way. */
    protected void afterStatement(String file) {
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
        return doc.sentences().stream().map(s -> Map.<String, Object>of(
                "id", DocumentIds.sentence(id, s.index()), "index", s.index(),
                "text", s.text(), "start", s.start(), "end", s.end())).toList();
    }

    private static List<Map<String, Object>> entityRows(List<ExtractedEntity> entities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("type", e.type().name());
            row.put("name", e.name());
            row.put("aliases", e.aliases());
            row.put("code", e.code());
            rows.add(row);
        }
        return rows;
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
