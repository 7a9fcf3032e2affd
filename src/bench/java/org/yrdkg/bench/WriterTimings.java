package org.yrdkg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.yrdkg.extract.model.Extraction;
import org.yrdkg.graph.GraphWriter;

/**
 * Listens to the real writer and sums the time of each of its statements: where a document's transaction
 * spends its time, summed over all writer threads.
 */
final class WriterTimings implements GraphWriter.StatementListener {

    private final Map<String, Long> nanosByStatement = new ConcurrentHashMap<>();
    private final AtomicLong nanosInTransactions = new AtomicLong();
    /** Per writer thread: when its write started, and when its last statement ended. */
    private final ThreadLocal<long[]> marks = ThreadLocal.withInitial(() -> new long[2]);
    /** Per writer thread: whether its transaction is one of the settle's, whose statements count as one row. */
    private final ThreadLocal<Boolean> settling = ThreadLocal.withInitial(() -> false);

    private static final List<String> STATEMENTS = List.of("identity/begin", "claim-documents", "detach-document",
            "identity/index", "identity/mark-stale", "rows", "set-documents",
            "create-sentences", "merge-entities", "create-mentions", "merge-hierarchy", "merge-facts",
            "identity/delete-forms", "identity/set-form-entities", "identity/set-entity-names",
            "corrections", "commit", "settle");

    @Override
    public void writeStarted(List<Extraction> extractions) {
        long now = System.nanoTime();
        marks.get()[0] = now;
        marks.get()[1] = now;
        // the settle at the end of a load writes no documents of its own (GraphWriter.settleIdentity)
        settling.set(extractions.isEmpty());
    }

    @Override
    public void afterStatement(String file) {
        long now = System.nanoTime();
        // the first statement's interval also holds the transaction's begin
        nanosByStatement.merge(settling.get() ? "settle" : file.replace("write/", ""), now - marks.get()[1], Long::sum);
        marks.get()[1] = now;
    }

    @Override
    public void writeCommitted() {
        // what follows the last statement: the commit
        long now = System.nanoTime();
        nanosByStatement.merge(settling.get() ? "settle" : "commit", now - marks.get()[1], Long::sum);
        nanosInTransactions.addAndGet(now - marks.get()[0]);
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
