package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;

/**
 * Start-up skips the schema statements whose index or constraint exists, by name: every statement names
 * what it creates, and Neo4j lists each of those names (a constraint's backing index under its name).
 */
class GraphSchemaTest extends EmbeddedGraphTest {

    @Test
    void everySchemaStatementNamesAnIndexTheDatabaseLists() {
        for (String statement : CypherFiles.statements("schema")) {
            String name = GraphSchema.nameOf(statement);
            assertThat(name).as("the name in: " + statement).isNotNull();
            assertThat(scalar("SHOW INDEXES YIELD name WHERE name = $name RETURN count(*)", Map.of("name", name)))
                    .as("index " + name).isEqualTo(1L);
        }
    }

    @Test
    void nameOfReadsConstraintsAndEveryKindOfIndex() {
        assertThat(GraphSchema.nameOf("CREATE CONSTRAINT documentId IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"))
                .isEqualTo("documentId");
        assertThat(GraphSchema.nameOf("CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name]"))
                .isEqualTo("entityNames");
        assertThat(GraphSchema.nameOf("CREATE TEXT INDEX entityNameText IF NOT EXISTS FOR (e:Entity) ON (e.name)"))
                .isEqualTo("entityNameText");
        assertThat(GraphSchema.nameOf("CREATE INDEX FOR (e:Entity) ON (e.code)")).isNull();
    }
}
