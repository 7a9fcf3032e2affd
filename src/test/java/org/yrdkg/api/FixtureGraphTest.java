package org.yrdkg.api;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.GraphWriter;

import tools.jackson.databind.JsonNode;

/**
 * Base of the query tests: loads the two {@link FixtureGraph} articles before the class's tests and
 * removes them after, so other test classes see the seeds alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureGraphTest extends EmbeddedGraphTest {

    @Autowired
    GraphWriter writer;

    @BeforeAll
    void loadFixture() {
        writer.write(FixtureGraph.first(), "test");
        writer.write(FixtureGraph.second(), "test");
    }

    @AfterAll
    void removeFixture() {
        FixtureGraph.documentIds().forEach(writer::delete);
        long left = count("MATCH (e:Entity) WHERE e.id IN $ids OR e.id STARTS WITH '97' OR e.id STARTS WITH '96' RETURN count(e)",
                Map.of("ids", FixtureGraph.entityIds()));
        if (left != 0) {
            throw new AssertionError(left + " fixture entities left in the shared graph after removing the fixture");
        }
    }

    JsonNode getJson(String path, int expectedStatus) {
        Http.Response response = http().get(path);
        if (response.status() != expectedStatus) {
            throw new AssertionError("GET " + path + ": expected " + expectedStatus + ", got " + response.status()
                    + ": " + response.body());
        }
        return response.json();
    }

    JsonNode getJson(String path) {
        return getJson(path, 200);
    }

    static String enc(String value) {
        return Http.encode(value);
    }

    long count(String cypher, Map<String, Object> params) {
        return ((Number) scalar(cypher, params)).longValue();
    }
}
