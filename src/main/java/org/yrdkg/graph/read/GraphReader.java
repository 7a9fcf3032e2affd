package org.yrdkg.graph.read;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;

/** Runs one read query from {@code cypher/} in a read transaction and returns its rows as plain maps. */
@Component
public class GraphReader {

    private final Driver driver;
    private final GraphDatabase database;

    public GraphReader(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    public List<Map<String, Object>> rows(String file, Map<String, Object> params) {
        return text(CypherFiles.query(file), params);
    }

    /** The same for a query text that was checked already (named queries). */
    public List<Map<String, Object>> text(String cypher, Map<String, Object> params) {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeRead(tx -> tx.run(cypher, params).list(GraphValues::row));
        }
    }
}
