package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.api.FixtureGraph.*;

import org.junit.jupiter.api.Test;
import org.yrdkg.graph.DocumentIds;

import tools.jackson.databind.JsonNode;

/**
 * The field names of the answers read into records (paths, neighbourhoods, documents and their sentences): the
 * same as when they were maps straight from the Cypher, nulls included, so the explorer and other clients read
 * them as before. Their values are tested by the endpoints' own tests.
 */
class ReadShapesTest extends FixtureGraphTest {

    @Test
    void aPathsNodesEdgesEvidenceAndMarks() {
        JsonNode answer = getJson("/api/paths?from=" + enc("观澜智造园区") + "&to=" + enc("楚丘"));
        assertFields(answer, "from", "to", "maxHops", "paths");
        JsonNode path = answer.at("/paths/0");
        assertFields(path, "nodes", "edges");
        assertFields(path.at("/nodes/0"), "id", "name", "type");
        JsonNode stated = null;
        for (JsonNode edge : path.get("edges")) {
            assertFields(edge, "type", "sourceId", "source", "targetId", "target", "amountCny", "project", "date", "origin",
                    "mentions", "documentCount", "evidence");
            stated = edge.get("evidence").isEmpty() ? stated : edge;
        }
        assertThat(stated).as("an edge with evidence").isNotNull();
        assertFields(stated.at("/evidence/0"), "sentenceId", "text", "documentId", "document", "date", "marks");
        assertFields(stated.at("/evidence/0/marks/0"), "start", "end", "entityId", "type");
    }

    @Test
    void aNeighbourhoodsNodesAndEdges() {
        JsonNode view = getJson("/api/graph?entity=" + GUANLAN + "&depth=2");
        assertFields(view, "center", "depth", "truncated", "elements");
        assertFields(view.get("elements"), "nodes", "edges");
        for (JsonNode node : view.at("/elements/nodes")) {
            assertFields(node, "data");
            assertFields(node.get("data"), "id", "label", "type", "code", "mentionCount", "depth");
        }
        assertThat(view.at("/elements/edges").size()).isPositive();
        for (JsonNode edge : view.at("/elements/edges")) {
            assertFields(edge, "data");
            assertFields(edge.get("data"), "id", "source", "target", "type", "label", "amountCny", "project", "date", "origin",
                    "mentions");
        }
        assertThat(view.at("/elements/nodes/0/data/depth").asInt()).isZero();
        assertThat(view.at("/elements/edges/0/data/label").asString()).isEqualTo(view.at("/elements/edges/0/data/type").asString());
    }

    @Test
    void aDocumentsEntitiesFactsAndSentences() {
        String id = DocumentIds.of(DOC_1);
        JsonNode detail = getJson("/api/documents/" + id);
        assertFields(detail, "document", "entities", "facts");
        assertFields(detail.at("/entities/0"), "id", "name", "type", "mentions");
        assertFields(detail.at("/facts/0"), "sourceId", "source", "type", "targetId", "target", "amountCny", "amountQualifier",
                "project", "date", "origin", "confidence", "evidence");
        assertFields(detail.at("/facts/0/evidence/0"), "id", "index", "text", "start", "end");

        JsonNode sentences = getJson("/api/documents/" + id + "/sentences");
        assertFields(sentences.get(0), "index", "start", "end", "text", "mentions");
        assertFields(sentences.at("/0/mentions/0"), "start", "end", "surface", "entityId", "name", "type");
    }

    private static void assertFields(JsonNode node, String... names) {
        assertThat(node.isObject()).as("an object: %s", node).isTrue();
        assertThat(node.propertyNames()).as("fields of %s", node).containsExactlyInAnyOrder(names);
    }
}
