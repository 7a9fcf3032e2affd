package org.yrdkg.graph.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.graph.read.BadParameterException;

/** What /api/corrections refuses, and how: RFC 9457 problem details, nothing stored. */
class CorrectionRequestsTest extends EmbeddedGraphTest {

    @Autowired
    GraphWriter writer;
    @Autowired
    Corrections corrections;

    @BeforeEach
    void load() {
        writer.write(CorrectionArticles.first(), "test");
    }

    @AfterEach
    void cleanUp() {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (c:Correction) DETACH DELETE c").consume());
        }
        writer.delete(DocumentIds.of(CorrectionArticles.FIRST));
    }

    @Test
    void anUnknownEntityOrFactIs404() {
        assertProblem(post(Map.of("kind", "rename", "who", "a", "arguments", Map.of("entity", "Company:不存在的公司", "name", "x"))), 404);
        assertProblem(post(Map.of("kind", "merge", "who", "a",
                "arguments", Map.of("source", "Company:不存在的公司", "target", CorrectionArticles.COMPANY))), 404);
        assertProblem(post(Map.of("kind", "reject", "who", "a", "arguments", Map.of("fact", "A|COOPERATES_WITH|B"))), 404);
        assertProblem(http().delete("/api/corrections/corr-nothing", AUTH), 404);
        assertProblem(http().get("/api/corrections/corr-nothing"), 404);
        assertThat(corrections.list()).isEmpty();
    }

    @Test
    void aMalformedCorrectionIs400() {
        assertProblem(http().post("/api/corrections", "application/json", "{not json".getBytes(StandardCharsets.UTF_8), AUTH), 400);
        assertProblem(http().post("/api/corrections", "application/json", new byte[0], AUTH), 400);
        assertProblem(post(Map.of("kind", "delete-everything", "who", "a", "arguments", Map.of())), 400);
        assertProblem(post(Map.of("kind", "rename", "arguments", Map.of("entity", CorrectionArticles.COMPANY, "name", "x"))), 400);
        assertProblem(post(Map.of("kind", "rename", "who", "a", "arguments", Map.of("entity", CorrectionArticles.COMPANY))), 400);
        assertProblem(post(Map.of("kind", "retype", "who", "a", "arguments", Map.of("entity", CorrectionArticles.COMPANY, "type", "City"))), 400);
        assertProblem(post(Map.of("kind", "merge", "who", "a",
                "arguments", Map.of("source", CorrectionArticles.COMPANY, "target", CorrectionArticles.COMPANY))), 400);
        assertProblem(post(Map.of("kind", "split", "who", "a",
                "arguments", Map.of("entity", CorrectionArticles.COMPANY, "alias", "不是它的别名"))), 400);
        assertThat(corrections.list()).isEmpty();
    }

    @Test
    void placesAreNotMergedSplitOrRetyped() {
        String place = (String) scalar("MATCH (e:Province) RETURN e.id LIMIT 1", Map.of());
        assertProblem(post(Map.of("kind", "merge", "who", "a", "arguments", Map.of("source", place, "target", CorrectionArticles.COMPANY))), 400);
        assertProblem(post(Map.of("kind", "retype", "who", "a", "arguments", Map.of("entity", place, "type", "Park"))), 400);
        assertThat(corrections.list()).isEmpty();
    }

    @Test
    void writesNeedTheTokenAndTheSameSite() {
        byte[] body = json(Map.of("kind", "add-alias", "who", "a", "arguments", Map.of("entity", CorrectionArticles.PARK, "alias", "某园")));
        assertProblem(http().post("/api/corrections", "application/json", body), 401);
        assertProblem(http().post("/api/corrections", "application/json", body, "Origin", "https://evil.example",
                AUTH[0], AUTH[1]), 403);
        var made = http().post("/api/corrections", "application/json", body, AUTH);
        assertThat(made.status()).isEqualTo(201);
        String id = made.json().get("id").asString();
        assertProblem(http().delete("/api/corrections/" + id), 401);
        assertThat(http().get("/api/corrections").json().get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void aBadImportLineImportsNothing() {
        String good = "{\"id\":\"corr-1\",\"kind\":\"add-alias\",\"who\":\"a\",\"when\":\"2026-01-01T00:00:00Z\",\"why\":null,"
                + "\"arguments\":{\"entity\":\"" + CorrectionArticles.PARK + "\",\"alias\":\"某园\"},\"reverted\":false}";
        assertThatThrownBy(() -> corrections.importFrom(new StringReader(good + "\n{\"id\":\"corr-2\"}\n")))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("Line 2");
        assertThat(corrections.list()).isEmpty();
        assertThat(corrections.importFrom(new StringReader(good + "\n")).added()).isEqualTo(1);
        assertThat(corrections.importFrom(new StringReader(good + "\n")).alreadyThere()).isEqualTo(1);
    }

    private Http.Response post(Map<String, Object> correction) {
        return http().post("/api/corrections", "application/json", json(correction), AUTH);
    }

    private static byte[] json(Map<String, Object> value) {
        return CorrectionRows.JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
