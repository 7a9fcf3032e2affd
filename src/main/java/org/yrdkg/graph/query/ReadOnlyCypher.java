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
import org.springframework.util.unit.DataSize;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.read.GraphValues;
import org.yrdkg.graph.read.QueryTimeoutException;

/**
 * Runs a Cypher text that {@link CypherGuard} accepted, in a read transaction with a server-side time
 * limit, and keeps at most a row limit of its rows. Both limits come from configuration
 * ({@code yrdkg.cypher.timeout}, {@code yrdkg.cypher.max-rows}); a request may ask for less, never more.
 * Rows are also capped in (approximate JSON) bytes, {@code yrdkg.cypher.max-result-bytes}, and at most
 * {@code yrdkg.cypher.max-concurrent} queries run at once (the next waits a second, then gets 503).
 * A query that runs out of memory (Neo4j's transaction memory limit, or the heap itself) is answered
 * as too large; the service goes on.
 */
@Component
public class ReadOnlyCypher {

    private final Driver driver;
    private final GraphDatabase database;
    private final CypherGuard guard;
    private final Duration maxTimeout;
    private final int maxRows;
    private final long maxBytes;
    private final QueryGate gate;

    public ReadOnlyCypher(Driver driver, GraphDatabase database, CypherGuard guard,
                          @Value("${yrdkg.cypher.timeout:10s}") Duration maxTimeout,
                          @Value("${yrdkg.cypher.max-rows:1000}") int maxRows,
                          @Value("${yrdkg.cypher.max-result-bytes:8MB}") DataSize maxBytes,
                          @Value("${yrdkg.cypher.max-concurrent:2}") int maxConcurrent) {
        this.driver = driver;
        this.database = database;
        this.guard = guard;
        this.maxTimeout = maxTimeout;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes.toBytes();
        this.gate = new QueryGate(maxConcurrent, Duration.ofSeconds(1), "queries");
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
        return gate.run(() -> runChecked(guard.check(cypher, values, limit(timeout)), values, timeout, rowLimit));
    }

    private Duration limit(Duration timeout) {
        return timeout == null || timeout.compareTo(maxTimeout) > 0 ? maxTimeout : timeout;
    }

    /** Runs a query that was checked before (named queries are checked at start-up). */
    public CypherResult run(String cypher, Map<String, Object> params, Duration timeout, Integer rowLimit) {
        return gate.run(() -> runChecked(cypher, params, timeout, rowLimit));
    }

    private CypherResult runChecked(String cypher, Map<String, Object> params, Duration timeout, Integer rowLimit) {
        Duration limit = limit(timeout);
        int rows = rowLimit == null || rowLimit > maxRows ? maxRows : rowLimit;
        long started = System.nanoTime();
        try (var session = driver.session(database.readSessionConfig());
             var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(limit).build())) {
            var result = tx.run(cypher, params);
            List<Map<String, Object>> out = new ArrayList<>();
            boolean truncated = false;
            long bytes = 0;
            while (result.hasNext()) {
                if (out.size() == rows) {
                    truncated = true;
                    break;
                }
                var record = result.next();
                bytes += ResultSize.of(record);
                if (bytes > maxBytes) {
                    if (out.isEmpty()) {
                        throw new ResultTooLargeException("The query's first row alone is larger than the limit of "
                                + maxBytes + " bytes (yrdkg.cypher.max-result-bytes); return less (LIMIT, fewer or "
                                + "shorter values).");
                    }
                    truncated = true;
                    break;
                }
                out.add(GraphValues.row(record));
            }
            List<String> columns = result.keys();
            tx.rollback();
            return new CypherResult(columns, out, out.size(), truncated, rows, (System.nanoTime() - started) / 1_000_000);
        } catch (ClientException e) {
            if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(limit);
            }
            if (ResultTooLargeException.isMemoryLimit(e)) {
                throw tooLarge();
            }
            throw new QueryRefusedException("Neo4j refused the query: " + e.getMessage());
        } catch (Neo4jException e) {
            if (QueryTimeoutException.isTimeout(e)) {
                throw new QueryTimeoutException(limit);
            }
            if (ResultTooLargeException.isMemoryLimit(e)) {
                throw tooLarge();
            }
            throw e;
        } catch (OutOfMemoryError e) {
            // this request's own allocation failed (a huge value arriving): it is garbage now, the service goes on
            throw tooLarge();
        }
    }

    private static ResultTooLargeException tooLarge() {
        return new ResultTooLargeException("The query needs more memory than a query may use; return less "
                + "(LIMIT, fewer or shorter values, no huge lists).");
    }
}
