package org.yrdkg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Driver;
import org.yrdkg.extract.Extraction;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.GraphWriter;

/**
 * The real writer, with the time of each of its statements summed (through its after-statement hook):
 * where a document's transaction spends its time, summed over all writer threads.
 */
final class TimedGraphWriter extends GraphWriter {

    private final Map<String, Long> nanosByStatement = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nanosInTransactions = new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<long[]> mark = ThreadLocal.withInitial(() -> new long[1]);

    private static final List<String> STATEMENTS = List.of("identity/begin", "claim-documents", "detach-document", "set-documents",
            "create-sentences", "merge-entities", "create-mentions", "merge-hierarchy", "merge-facts",
            "identity/mark-stale", "identity/stale-documents", "identity/stored-extractions", "identity/finish", "commit");

    TimedGraphWriter(Driver driver, GraphDatabase database) {
        super(driver, database);
    }

    @Override
    public List<Written> writeAll(List<Extraction> extractions, List<String> sources, Rewrites rewrites) {
        return timed(() -> super.writeAll(extractions, sources, rewrites));
    }

    @Override
    public int settleIdentity() {
        return timed(super::settleIdentity);
    }

    private <T> T timed(java.util.function.Supplier<T> transactions) {
        long started = System.nanoTime();
        mark.get()[0] = started;
        T w = transactions.get();
        // what follows the last statement: the commit
        long now = System.nanoTime();
        nanosByStatement.merge("commit", now - mark.get()[0], Long::sum);
        nanosInTransactions.addAndGet(now - started);
        return w;
    }

    @Override
    protected void afterStatement(String file) {
        long now = System.nanoTime();
        // the first statement's interval also holds the transaction's begin
        nanosByStatement.merge(file.replace("write/", ""), now - mark.get()[0], Long::sum);
        mark.get()[0] = now;
    }

    /** Time spent in {@code writeAll} (transactions, retries included), summed over all writer threads. */
    long nanosInTransactions() {
        return nanosInTransactions.get();
    }

    /** Seconds per statement (all writer threads together), in the order the writer runs them. */
    Map<String, Double> secondsByStatement() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String s : STATEMENTS) {
            Long nanos = nanosByStatement.get(s);
            if (nanos != null) {
                out.put(s, nanos / 1e9);
            }
        }
        return out;
    }
}
