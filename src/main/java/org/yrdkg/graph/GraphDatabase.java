package org.yrdkg.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Which database of the server yrd-kg uses ({@code yrdkg.neo4j.database}; default: the server's default
 * database), for every way it reaches Neo4j: the driver sessions ({@link #sessionConfig()}) and, as the
 * context's only {@link DatabaseSelectionProvider}, Spring Data's {@code Neo4jClient}, repository and
 * transaction manager (Boot's own provider, from {@code spring.data.neo4j.database}, then stays away).
 * <p>
 * Two access styles, on purpose: driver sessions where the code needs the transaction in hand (writes as
 * managed transactions the driver retries, reads with a time limit and read routing); Spring Data where a
 * plain read maps onto records or pages (stats, a document's rows, the paged and sorted document list,
 * whose ORDER BY a repository builds from the request without splicing it into Cypher).
 */
@Component
public class GraphDatabase implements DatabaseSelectionProvider {

    private final String name;

    public GraphDatabase(@Value("${yrdkg.neo4j.database:}") String name) {
        this.name = name == null || name.isBlank() ? null : name;
    }

    @Override
    public DatabaseSelection getDatabaseSelection() {
        return name == null ? DatabaseSelection.undecided() : DatabaseSelection.byName(name);
    }

    public SessionConfig sessionConfig() {
        return name == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(name);
    }

    /** Sessions whose transactions are read transactions (routed to readers in a cluster). */
    public SessionConfig readSessionConfig() {
        var builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (name != null) {
            builder.withDatabase(name);
        }
        return builder.build();
    }
}
