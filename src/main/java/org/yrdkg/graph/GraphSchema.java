package org.yrdkg.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Applies {@code cypher/schema.cypher}; each statement is idempotent (IF NOT EXISTS). */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final Driver driver;
    private final GraphDatabase database;

    public GraphSchema(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    public void apply() {
        var statements = CypherFiles.statements("schema");
        try (var session = driver.session(database.sessionConfig())) {
            // schema commands cannot share a transaction with each other's data; one each
            for (String statement : statements) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            session.run(CypherFiles.query("await-indexes")).consume();
        }
        log.info("Schema applied: {} statements from cypher/schema.cypher", statements.size());
    }
}
