package org.yrdkg.graph.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.graph.correction.CorrectionArticles.AGENCY;
import static org.yrdkg.graph.correction.CorrectionArticles.COMPANY;
import static org.yrdkg.graph.correction.CorrectionArticles.COOPERATION;
import static org.yrdkg.graph.correction.CorrectionArticles.DUPLICATE;
import static org.yrdkg.graph.correction.CorrectionArticles.INVESTMENT;
import static org.yrdkg.graph.correction.CorrectionArticles.PARK;
import static org.yrdkg.graph.correction.CorrectionArticles.SHORT;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.GraphWriter;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of correction against the real embedded Neo4j, through the HTTP API: it holds after it is made,
 * after every document it touches is loaded again, and after the graph is rebuilt (documents deleted,
 * corrections gone, documents loaded again, corrections imported from their JSON Lines export); reverting it
 * returns the graph exactly to what loading gives without it (every node, relationship and property).
 */
@Order(5) // its lane starts it early (TwoLanes)
class CorrectionsTest extends EmbeddedGraphTest {

    @Autowired
    GraphWriter writer;
    @Autowired
    Corrections corrections;

    /** Before as well as after: another test class sharing the graph may have left corrections (this one exports all). */
    @BeforeEach
    @AfterEach
    void cleanUp() {
        runWrite("MATCH (c:Correction) DETACH DELETE c");
        CorrectionArticles.all().forEach(x -> writer.delete(DocumentIds.of(x.document().name())));
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("rename", Map.of("entity", COMPANY, "name", "甲乙丙科技股份有限公司"),
                        (Consumer<CorrectionsTest>) t -> {
                            JsonNode e = t.entity(COMPANY);
                            assertThat(e.get("name").asString()).isEqualTo("甲乙丙科技股份有限公司");
                            assertThat(t.strings(e.get("aliases"))).contains("甲乙丙科技有限公司", SHORT);
                            assertThat(e.get("corrections").get(0).get("kind").asString()).isEqualTo("rename");
                            // a correction on an entity has no evidence
                            assertThat(t.http().get("/api/corrections/" + t.only().get("id").asString()).json().propertyNames())
                                    .containsExactlyInAnyOrder("id", "kind", "who", "when", "why", "arguments", "reverted");
                        }),
                Arguments.of("retype", Map.of("entity", AGENCY, "type", "Platform"),
                        (Consumer<CorrectionsTest>) t -> assertThat(t.entity(AGENCY).get("type").asString()).isEqualTo("Platform")),
                Arguments.of("add-alias", Map.of("entity", PARK, "alias", "己庚园"),
                        (Consumer<CorrectionsTest>) t -> {
                            assertThat(t.strings(t.entity(PARK).get("aliases"))).contains("己庚园");
                            assertThat(t.http().get("/api/entities?q=" + Http.encode("己庚园")).json().at("/results/0/id").asString())
                                    .isEqualTo(PARK);
                        }),
                Arguments.of("remove-alias", Map.of("entity", COMPANY, "alias", SHORT),
                        (Consumer<CorrectionsTest>) t -> assertThat(t.strings(t.entity(COMPANY).get("aliases"))).doesNotContain(SHORT)),
                Arguments.of("reject", Map.of("fact", COOPERATION),
                        (Consumer<CorrectionsTest>) t -> {
                            assertThat(t.count("MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN count(r)", COOPERATION)).isZero();
                            assertThat(t.relations(COMPANY)).noneMatch(r -> r.get("otherId").asString().equals(AGENCY));
                            assertThat(t.count("MATCH (:Sentence)-[s:STATES {fact: $id}]->() RETURN count(s)", COOPERATION))
                                    .as("its evidence stays").isEqualTo(1);
                            String id = t.only().get("id").asString();
                            JsonNode detail = t.http().get("/api/corrections/" + id).json();
                            assertThat(detail.get("evidence").get(0).get("text").asString())
                                    .startsWith("甲乙丙科技有限公司与丁戊投资促进中心");
                            assertThat(detail.propertyNames()).containsExactlyInAnyOrder("id", "kind", "who", "when", "why",
                                    "arguments", "reverted", "evidence");
                            assertThat(detail.at("/evidence/0").propertyNames()).containsExactlyInAnyOrder("sentenceId", "text",
                                    "documentId", "document", "date", "marks");
                        }),
                Arguments.of("confirm", Map.of("fact", INVESTMENT),
                        (Consumer<CorrectionsTest>) t -> {
                            JsonNode fact = t.relations(COMPANY).stream()
                                    .filter(r -> r.get("type").asString().equals("INVESTS_IN")).findFirst().orElseThrow();
                            assertThat(fact.get("confirmed").asBoolean()).isTrue();
                            assertThat(t.strings(fact.get("corrections"))).containsExactly(t.only().get("id").asString());
                        }),
                Arguments.of("merge", Map.of("source", DUPLICATE, "target", COMPANY),
                        (Consumer<CorrectionsTest>) t -> {
                            assertThat(t.count("MATCH (e:Entity {id: $id}) RETURN count(e)", DUPLICATE)).isZero();
                            assertThat(t.strings(t.entity(COMPANY).get("aliases"))).contains("甲乙丙集团");
                            JsonNode cooperation = t.relations(COMPANY).stream()
                                    .filter(r -> r.get("otherId").asString().equals(AGENCY)).findFirst().orElseThrow();
                            assertThat(cooperation.get("mentions").asLong()).isEqualTo(2);
                            assertThat(cooperation.get("documentCount").asLong()).isEqualTo(2);
                        }),
                Arguments.of("split", Map.of("entity", COMPANY, "alias", SHORT),
                        (Consumer<CorrectionsTest>) t -> {
                            String splitOff = "Company:" + SHORT;
                            assertThat(t.entity(splitOff).get("mentions").asLong()).isEqualTo(1);
                            assertThat(t.relations(splitOff)).extracting(r -> r.get("otherId").asString()).containsExactly(PARK);
                            assertThat(t.relations(COMPANY)).extracting(r -> r.get("otherId").asString()).containsExactly(AGENCY);
                            assertThat(t.strings(t.entity(COMPANY).get("aliases"))).doesNotContain(SHORT);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void holdsThroughReloadAndRebuildAndRevertsExactly(String kind, Map<String, String> arguments, Consumer<CorrectionsTest> holds) throws Exception {
        loadAll();
        List<String> loaded = dump();

        String first = create(kind, arguments);
        holds.accept(this);
        checkProvenance();
        revert(first);
        assertThat(dump()).as("reverted at once").isEqualTo(loaded);

        String second = create(kind, arguments);
        for (Extraction x : CorrectionArticles.all()) {
            writer.delete(DocumentIds.of(x.document().name()));
            writer.write(CorrectionArticles.byName(x.document().name()), "test");
            holds.accept(this);
        }
        checkProvenance();

        StringWriter exported = new StringWriter();
        assertThat(corrections.export(exported)).isEqualTo(2);
        runWrite("MATCH (c:Correction) DETACH DELETE c");
        CorrectionArticles.all().forEach(x -> writer.delete(DocumentIds.of(x.document().name())));
        assertThat(count("MATCH (e:Entity) WHERE e.id IN [$id, '" + AGENCY + "', '" + PARK + "'] RETURN count(e)", COMPANY))
                .as("nothing of the articles is left").isZero();
        loadAll();
        var imported = corrections.importFrom(new StringReader(exported.toString()));
        assertThat(imported.added()).isEqualTo(2);
        holds.accept(this);
        checkProvenance();

        revert(second);
        assertThat(dump()).as("reverted after reloads and a rebuild").isEqualTo(loaded);
        checkProvenance();
    }

    // --- helpers (package-visible for the checks above) ---

    private void loadAll() {
        CorrectionArticles.all().forEach(x -> writer.write(x, "test"));
    }

    private String create(String kind, Map<String, String> arguments) {
        String body = CorrectionRows.JSON.writeValueAsString(Map.of("kind", kind, "who", "analyst-7",
                "why", "checked against the source", "arguments", arguments));
        var response = http().post("/api/corrections", "application/json", body.getBytes(StandardCharsets.UTF_8), AUTH);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void revert(String id) {
        var response = http().delete("/api/corrections/" + id, AUTH);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("reverted").asBoolean()).isTrue();
    }

    JsonNode only() {
        var list = http().get("/api/corrections").json();
        return Stream.iterate(0, i -> i + 1).limit(list.size()).map(list::get)
                .filter(c -> !c.get("reverted").asBoolean()).findFirst().orElseThrow();
    }

    JsonNode entity(String id) {
        var response = http().get("/api/entities/" + Http.encode(id));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<JsonNode> relations(String id) {
        JsonNode relations = http().get("/api/entities/" + Http.encode(id) + "/relations").json().get("relations");
        return Stream.iterate(0, i -> i + 1).limit(relations.size()).map(relations::get).toList();
    }

    List<String> strings(JsonNode array) {
        return Stream.iterate(0, i -> i + 1).limit(array.size()).map(i -> array.get(i).asString()).toList();
    }

    long count(String cypher, String id) {
        return ((Number) scalar(cypher, Map.of("id", id))).longValue();
    }

    private void checkProvenance() {
        try (var session = driver.session()) {
            var row = session.executeRead(tx -> tx.run(CypherFiles.query("check/provenance")).single());
            assertThat(row.values()).allMatch(v -> v.asLong() == 0, "provenance check: " + row);
        }
    }

    /**
     * Every node and relationship with its properties (not the time a document was loaded, not corrections,
     * not the count of identity's writes, which every write moves on).
     */
    private List<String> dump() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> nodes = tx.run("MATCH (n) WHERE NOT n:Correction RETURN labels(n) AS labels, properties(n) AS p")
                        .list(r -> {
                            Map<String, Object> p = new TreeMap<>(r.get("p").asMap());
                            p.remove("loadedAt");
                            // a byte array (the stored extraction) compared by its content, not its identity
                            p.replaceAll((k, v) -> v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : v);
                            if (r.get("labels").asList().contains("IdentityState")) {
                                p.remove("version");
                            }
                            return r.get("labels").asList().stream().sorted().toList() + " " + p;
                        });
                List<String> rels = tx.run("MATCH (a)-[r]->(b) WHERE NOT a:Correction "
                                + "RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p")
                        .list(r -> r.get("a").asString() + " -" + r.get("type").asString() + new TreeMap<>(r.get("p").asMap())
                                + "-> " + r.get("b").asString());
                return Stream.concat(nodes.stream(), rels.stream()).sorted().toList();
            });
        }
    }
}
