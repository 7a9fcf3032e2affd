package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * {@code yrdkg.neo4j.database} reaches every access path: the driver sessions and Spring Data's client and
 * transaction manager (Boot's own auto-configuration, as the service runs it; the driver is created but
 * never connects, so no server is needed to see where it would go).
 */
class DatabaseSelectionTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Neo4jAutoConfiguration.class, DataNeo4jAutoConfiguration.class))
            .withBean(GraphDatabase.class)
            .withPropertyValues("spring.neo4j.uri=bolt://localhost:7")
            .withPropertyValues("spring.data.neo4j.database=not-this-one");

    @Test
    void theConfiguredDatabaseIsTheOneEveryPathUses() {
        runner.withPropertyValues("yrdkg.neo4j.database=archive").run(context -> {
            GraphDatabase database = context.getBean(GraphDatabase.class);
            assertThat(context.getBeansOfType(DatabaseSelectionProvider.class)).containsOnlyKeys("graphDatabase");
            assertThat(context.getBean(Neo4jClient.class).getDatabaseSelectionProvider().getDatabaseSelection().getValue())
                    .isEqualTo("archive");
            assertThat(context.getBean(Neo4jTransactionManager.class)).extracting("databaseSelectionProvider")
                    .isSameAs(database);
            assertThat(database.sessionConfig().database()).contains("archive");
            assertThat(database.readSessionConfig().database()).contains("archive");
        });
    }

    @Test
    void withoutANameEveryPathUsesTheServersDefault() {
        runner.run(context -> {
            GraphDatabase database = context.getBean(GraphDatabase.class);
            assertThat(context.getBean(Neo4jClient.class).getDatabaseSelectionProvider().getDatabaseSelection().getValue())
                    .isEqualTo(org.springframework.data.neo4j.core.DatabaseSelection.undecided().getValue());
            assertThat(database.sessionConfig().database()).isEmpty();
        });
    }
}
