package org.yrdkg.graph.read;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;

/**
 * Runs one read query from {@code cypher/} in a read transaction with a time limit
 * ({@code yrdkg.api.read-timeout}) and returns its rows as the caller's type (a read model's record) or plain maps.
 */
@Component
public class GraphReader {

    /**
     * Evidence sentences shown per fact: a fact between two provinces may be stated by thousands; its
     * {@code mentions} and {@code documentCount} tell how many there are in all.
     */
    public static final int EVIDENCE_PER_FACT = 5;

    private final Driver driver;
    private final GraphDatabase database;
    private final Duration timeout;

    public GraphReader(Driver driver, GraphDatabase database, @Value("${yrdkg.api.read-timeout:30s}") Duration timeout) {
        this.driver = driver;
        this.database = database;
        this.timeout = timeout;
    }

    public List<Map<String, Object>> rows(String file, Map<String, Object> params) {
        return read(file, params, GraphValues::row);
    }

    public <T> List<T> read(String file, Map<String, Object> params, Function<Record, T> as) {
        var config = TransactionConfig.builder().withTimeout(timeout).build();
        try (var session = driver.session(database.readSessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherFiles.query(file), params).list(as), config);
        } catch (Neo4jException e) {
            if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(timeout);
            }
            throw e;
        }
    }
}
