package org.yrdkg.graph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.read.GraphValues;
import org.yrdkg.graph.read.QueryTimeoutException;

/**
 * Runs a Cypher text that {@link CypherGuard} accepted, in a read transaction with a server-side time
 * limit, and keeps at most a row limit of its rows. Both limits come from configuration
 * ({@code yrdkg.cypher.timeout}, {@code yrdkg.cypher.max-rows}); a request may ask for less, never more.
 */
@Component
public class ReadOnlyCypher {

    private final Driver driver;
    private final GraphDatabase database;
    private final CypherGuard guard;
    private final Duration maxTimeout;
    private final int maxRows;

    public ReadOnlyCypher(Driver driver, GraphDatabase database, CypherGuard guard,
                          @Value("${yrdkg.cypher.timeout:10s}") Duration maxTimeout,
                          @Value("${yrdkg.cypher.max-rows:1000}") int maxRows) {
        this.driver = driver;
        this.database = database;
        this.guard = guard;
        this.maxTimeout = maxTimeout;
        this.maxRows = maxRows;
    }

    public Duration maxTimeout() {
        return maxTimeout;
    }

    public int maxRows() {
        return maxRows;
    }

    /** Checks, then runs. {@code timeout} and {@code rowLimit} may be null (the configured maximum). */
    public CypherResult checkAndRun(String cypher, Map<String, Object> params, Duration timeout, Integer rowLimit) {
        Map<String, Object> values = params == null ? Map.of() : params;
        guard.check(cypher, values);
        return run(cypher, values, timeout, rowLimit);
    }

    /** Runs a query that was checked before (named queries are checked at start-up). */
    public CypherResult run(String cypher, Map<String, Object> params, Duration timeout, Integer rowLimit) {
        Duration limit = timeout == null || timeout.compareTo(maxTimeout) > 0 ? maxTimeout : timeout;
        int rows = rowLimit == null || rowLimit > maxRows ? maxRows : rowLimit;
        long started = System.nanoTime();
        try (var session = driver.session(database.readSessionConfig());
             var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(limit).build())) {
            var result = tx.run(cypher, params);
            List<Map<String, Object>> out = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (out.size() == rows) {
                    truncated = true;
                    break;
                }
                out.add(GraphValues.row(result.next()));
            }
            List<String> columns = result.keys();
            tx.rollback();
            return new CypherResult(columns, out, out.size(), truncated, rows, (System.nanoTime() - started) / 1_000_000);
        } catch (ClientException e) {
            if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(limit);
            }
            throw new QueryRefusedException("Neo4j refused the query: " + e.getMessage());
        } catch (Neo4jException e) {
            if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(limit);
            }
            throw e;
        }
    }
}
