package org.yrdkg.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which database of the server yrd-kg uses (default: the server's default database). */
@Component
public class GraphDatabase {

    private final String name;

    public GraphDatabase(@Value("${yrdkg.neo4j.database:}") String name) {
        this.name = name == null || name.isBlank() ? null : name;
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
