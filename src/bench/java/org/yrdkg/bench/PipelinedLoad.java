package org.yrdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.pipeline.BulkLoader;
import org.yrdkg.graph.GraphWriter;

/**
 * The product's bulk load ({@link BulkLoader}, what {@code load} runs) with the timings the benchmark
 * reports: total time, time the writers spent in transactions, and the rate per slice of documents.
 */
final class PipelinedLoad {

    /** What was loaded, how long it took, and how much of that the writers spent writing (the rest they waited). */
    record Outcome(int documents, long nanos, long writeNanos, List<Double> docsPerSecondBySlice) {
    }

    /** Rates are also kept per slice of this many documents: does writing slow down as the graph grows? */
    static final int SLICE = 1000;

    private final Extractor extractor;
    private final GraphWriter writer;
    private final WriterTimings timings;
    private final BulkLoader.Settings settings;

    /** {@code writer} tells {@code timings} what it does. */
    PipelinedLoad(Extractor extractor, GraphWriter writer, WriterTimings timings, BulkLoader.Settings settings) {
        this.extractor = extractor;
        this.writer = writer;
        this.timings = timings;
        this.settings = settings;
    }

    Outcome load(List<Path> files) throws Exception {
        AtomicInteger written = new AtomicInteger();
        List<Double> slices = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        AtomicLong sliceStarted = new AtomicLong(started);
        long writeNanosBefore = timings.nanosInTransactions();
        new BulkLoader(new DocumentReader(), extractor, writer, settings).load(files, result -> {
            if (result.failed()) {
                failures.add(result.file() + ": " + result.failure());
                return;
            }
            int n = written.incrementAndGet();
            if (n % SLICE == 0) {
                long now = System.nanoTime();
                slices.add(SLICE / ((now - sliceStarted.getAndSet(now)) / 1e9));
                System.err.printf("    %,d documents loaded, %.1f/s%n", n, n / ((now - started) / 1e9));
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " documents failed, first: " + failures.get(0));
        }
        return new Outcome(files.size(), System.nanoTime() - started,
                (timings.nanosInTransactions() - writeNanosBefore) / settings.writers(), List.copyOf(slices));
    }
}
