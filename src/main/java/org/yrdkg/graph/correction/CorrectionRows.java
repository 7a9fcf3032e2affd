package org.yrdkg.graph.correction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.read.GraphValues;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correction nodes in the graph: {@code (:Correction {id, kind, who, when, why, arguments, reverted,
 * entities, facts, snapshot})}, the arguments and the snapshot as JSON text. Runs inside the caller's
 * transaction (a document's write, or a correction's own).
 */
final class CorrectionRows {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ARGUMENTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() { };

    private CorrectionRows() {
    }

    static void save(TransactionContext tx, Correction c, List<String> entities, List<String> facts) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.id());
        p.put("kind", c.kind());
        p.put("who", c.who());
        p.put("when", c.when());
        p.put("why", c.why());
        p.put("arguments", JSON.writeValueAsString(c.arguments()));
        p.put("reverted", c.reverted());
        p.put("entities", entities);
        p.put("facts", facts);
        run(tx, "save", p);
    }

    static List<Correction> all(TransactionContext tx) {
        return read(tx, "all", Map.of());
    }

    static Optional<Correction> one(TransactionContext tx, String id) {
        return read(tx, "one", Map.of("id", id)).stream().findFirst();
    }

    /**
     * The corrections in force naming one of these entities or facts (or an entity identity has since
     * joined to one of them), oldest first, with the ids they name as they are now ({@link CurrentIds}).
     */
    static List<Correction> touching(TransactionContext tx, Collection<String> entities, Collection<String> facts) {
        var found = read(tx, "touching", Map.of("entities", List.copyOf(CurrentIds.withEnds(entities, facts)),
                "facts", List.copyOf(facts)));
        return found.isEmpty() ? found : CurrentIds.of(tx, found);
    }

    static void markReverted(TransactionContext tx, String id) {
        run(tx, "set-reverted", Map.of("id", id));
    }

    static Optional<Map<String, Object>> snapshot(TransactionContext tx, String id) {
        var rows = tx.run(CypherFiles.query("correction/one"), Map.of("id", id)).list(GraphValues::row);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object text = ((Map<?, ?>) rows.get(0).get("correction")).get("snapshot");
        return text == null ? Optional.empty() : Optional.of(JSON.readValue((String) text, SNAPSHOT));
    }

    static void saveSnapshot(TransactionContext tx, String id, Map<String, Object> snapshot) {
        run(tx, "set-snapshot", Map.of("id", id, "snapshot", JSON.writeValueAsString(snapshot)));
    }

    static List<Map<String, Object>> rows(TransactionContext tx, String file, Map<String, Object> params) {
        return tx.run(CypherFiles.query("correction/" + file), params).list(GraphValues::row);
    }

    static void run(TransactionContext tx, String file, Map<String, Object> params) {
        tx.run(CypherFiles.query("correction/" + file), params).consume();
    }

    private static List<Correction> read(TransactionContext tx, String file, Map<String, Object> params) {
        List<Correction> out = new ArrayList<>();
        for (var row : rows(tx, file, params)) {
            Map<?, ?> c = (Map<?, ?>) row.get("correction");
            out.add(new Correction((String) c.get("id"), (String) c.get("kind"), (String) c.get("who"),
                    (String) c.get("when"), (String) c.get("why"),
                    JSON.readValue((String) c.get("arguments"), ARGUMENTS), Boolean.TRUE.equals(c.get("reverted"))));
        }
        return out;
    }
}
