package org.yrdkg.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.FactRows;

/**
 * The baseline loader of the issue: every node and every fact MERGEd in a transaction of its own, the
 * way a first loader is often written. Same graph shape as {@link org.yrdkg.graph.GraphWriter}'s.
 */
final class NaiveLoader {

    private final Driver driver;
    private final SessionConfig config;

    NaiveLoader(Driver driver, SessionConfig config) {
        this.driver = driver;
        this.config = config;
    }

    void write(Extraction x) {
        Document doc = x.document();
        String id = DocumentIds.of(doc.name());
        try (var session = driver.session(config)) {
            run(session, "naive-document", Map.of("id", id, "name", doc.name(), "title", String.valueOf(doc.title()),
                    "chars", doc.text().length(), "contentHash", doc.contentHash()));
            for (Sentence s : doc.sentences()) {
                run(session, "naive-sentence", Map.of("documentId", id, "id", DocumentIds.sentence(id, s.index()),
                        "index", s.index(), "text", s.text(), "start", s.start(), "end", s.end()));
            }
            for (ExtractedEntity e : concat(x.entities(), x.ancestors())) {
                Map<String, Object> p = new HashMap<>();
                p.put("id", e.id());
                p.put("type", e.type().name());
                p.put("name", e.name());
                p.put("code", e.code());
                p.put("aliases", e.aliases());
                run(session, "naive-entity", p);
            }
            for (ExtractedEntity e : x.entities()) {
                for (Mention m : e.mentions()) {
                    run(session, "naive-mention", Map.of("sentenceId", DocumentIds.sentence(id, m.sentence()),
                            "entityId", e.id(), "start", m.start(), "end", m.end(), "surface", m.surface()));
                }
            }
            // each fact in a transaction of its own, through the writer's own statement with a one-row list
            List<ExtractedRelation> facts = concat(x.relations(), x.hierarchy());
            for (Map<String, Object> link : FactRows.hierarchy(facts)) {
                runWrite(session, "merge-hierarchy", Map.of("links", List.of(link)));
            }
            for (Map<String, Object> fact : FactRows.stated(id, facts)) {
                runWrite(session, "merge-facts", Map.of("facts", List.of(fact)));
            }
        }
    }

    private static void runWrite(org.neo4j.driver.Session session, String file, Map<String, Object> params) {
        session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.query("write/" + file), params).consume());
    }

    private static void run(org.neo4j.driver.Session session, String file, Map<String, Object> params) {
        session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.query("bench/" + file), params).consume());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
