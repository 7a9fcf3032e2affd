package org.yrdkg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher}; each statement is idempotent (IF NOT EXISTS). Statements whose
 * named index or constraint the database already holds are skipped: on a restart nothing is sent.
 */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    private static final Pattern NAMED = Pattern.compile(
            "^CREATE\\s+(?:\\w+\\s+)*?(?:INDEX|CONSTRAINT)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS", Pattern.CASE_INSENSITIVE);

    private final Driver driver;
    private final GraphDatabase database;

    public GraphSchema(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    public void apply() {
        long started = System.nanoTime();
        var statements = CypherFiles.statements("schema");
        try (var session = driver.session(database.sessionConfig())) {
            Set<String> present = new HashSet<>(session.executeRead(tx -> tx.run(CypherFiles.query("read/schema-names"))
                    .list(row -> row.get("name").asString())));
            List<String> missing = statements.stream().filter(s -> !present.contains(nameOf(s))).toList();
            // schema commands share one transaction (no data in it may): one commit on a new store, not eighteen
            if (!missing.isEmpty()) {
                session.executeWriteWithoutResult(tx -> missing.forEach(statement -> tx.run(statement).consume()));
            }
            session.run(CypherFiles.query("await-indexes")).consume();
            log.info("Schema: {} of {} statements from cypher/schema.cypher applied, the others were in place ({} ms)",
                    missing.size(), statements.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The index or constraint a statement creates, or null when it does not say (always applied). */
    static String nameOf(String statement) {
        Matcher m = NAMED.matcher(statement.strip());
        return m.find() ? m.group(1) : null;
    }
}
