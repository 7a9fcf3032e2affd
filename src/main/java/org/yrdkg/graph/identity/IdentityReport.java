package org.yrdkg.graph.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.DocumentIds;

/**
 * How well the graph keeps one node per real thing, measured against gold annotations (ANNOTATION.md
 * format) of loaded documents. Only organisations, companies, parks and platforms count: places are
 * keyed by division code. A gold entity is <em>found</em> in a document when a node the document
 * mentions carries its name or one of its aliases.
 *
 * @param goldEntities gold canonical names found in two or more documents
 * @param duplicates   those found as more than one node, with the nodes
 * @param falseMerges  nodes carrying the canonical names of two or more gold entities, with the names
 */
public record IdentityReport(int goldEntities, Map<String, Set<String>> duplicates, Map<String, Set<String>> falseMerges,
                             int nodes, Map<String, List<String>> ambiguous) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public double duplicateRate() {
        return goldEntities == 0 ? 0 : (double) duplicates.size() / goldEntities;
    }

    public double falseMergeRate() {
        return nodes == 0 ? 0 : (double) falseMerges.size() / nodes;
    }

    /** Reads the gold files (*.json) of the folders and measures the graph's documents they describe. */
    public static IdentityReport of(Driver driver, SessionConfig session, List<Path> goldFolders) {
        Map<String, List<JsonNode>> gold = new TreeMap<>();
        for (Path folder : goldFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode doc = JSON.readTree(Files.readString(f));
                    List<JsonNode> entities = new ArrayList<>();
                    doc.get("entities").forEach(e -> {
                        if (!EntityType.valueOf(e.get("type").asString()).isPlace()) {
                            entities.add(e);
                        }
                    });
                    gold.put(DocumentIds.of(doc.get("doc").asString()), entities);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, List<Map<String, Object>>> mentioned = new HashMap<>();
        try (var s = driver.session(session)) {
            s.executeRead(tx -> {
                tx.run(CypherFiles.query("identity/report-mentioned"), Map.of("ids", List.copyOf(gold.keySet())))
                        .forEachRemaining(r -> mentioned.put(r.get("documentId").asString(),
                                r.get("entities").asList(v -> v.asMap())));
                return null;
            });
        }
        Map<String, Set<String>> nodesOfGold = new TreeMap<>();
        Map<String, Integer> documentsOfGold = new HashMap<>();
        Map<String, Set<String>> goldOfNode = new TreeMap<>();
        Map<String, List<String>> ambiguous = new TreeMap<>();
        gold.forEach((doc, entities) -> {
            List<Map<String, Object>> nodes = mentioned.getOrDefault(doc, List.of());
            for (Map<String, Object> node : nodes) {
                List<?> could = (List<?>) node.get("ambiguous");
                if (!could.isEmpty()) {
                    ambiguous.put((String) node.get("id"), could.stream().map(String::valueOf).toList());
                }
            }
            for (JsonNode g : entities) {
                String canonical = g.get("name").asString();
                Set<String> names = new HashSet<>();
                names.add(canonical);
                g.get("aliases").forEach(a -> names.add(a.asString()));
                Set<String> found = new TreeSet<>();
                for (Map<String, Object> node : nodes) {
                    List<?> nodeNames = (List<?>) node.get("names");
                    if (nodeNames.stream().anyMatch(names::contains)) {
                        found.add((String) node.get("id"));
                    }
                    if (nodeNames.contains(canonical)) {
                        goldOfNode.computeIfAbsent((String) node.get("id"), k -> new TreeSet<>()).add(canonical);
                    }
                }
                if (!found.isEmpty()) {
                    nodesOfGold.computeIfAbsent(canonical, k -> new TreeSet<>()).addAll(found);
                    documentsOfGold.merge(canonical, 1, Integer::sum);
                }
            }
        });
        Map<String, Set<String>> duplicates = new TreeMap<>();
        int inTwo = 0;
        for (var e : nodesOfGold.entrySet()) {
            if (documentsOfGold.get(e.getKey()) >= 2) {
                inTwo++;
                if (e.getValue().size() > 1) {
                    duplicates.put(e.getKey(), e.getValue());
                }
            }
        }
        Map<String, Set<String>> falseMerges = new TreeMap<>();
        goldOfNode.forEach((node, names) -> {
            if (names.size() > 1) {
                falseMerges.put(node, names);
            }
        });
        return new IdentityReport(inTwo, duplicates, falseMerges, goldOfNode.size(), ambiguous);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("gold entities in 2+ documents: %d, duplicated: %d (%.1f %%)%n", goldEntities,
                duplicates.size(), 100 * duplicateRate()));
        out.append(String.format("nodes carrying a gold name: %d, carrying two: %d (%.1f %%)%n", nodes,
                falseMerges.size(), 100 * falseMergeRate()));
        duplicates.forEach((g, n) -> out.append("  duplicate ").append(g).append(" -> ").append(n).append('\n'));
        falseMerges.forEach((n, g) -> out.append("  false merge ").append(n).append(" <- ").append(g).append('\n'));
        ambiguous.forEach((n, could) -> out.append("  ambiguous ").append(n).append(" could be ").append(could).append('\n'));
        return out.toString();
    }
}
