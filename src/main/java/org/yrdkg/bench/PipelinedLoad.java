package org.yrdkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.GraphWriter;

/**
 * Loads files the way a bulk load should: reading and extraction on several threads, writing on one or
 * a few (one document = one transaction, as {@link GraphWriter} does it), with a short queue between
 * them so that extraction cannot run far ahead and fill the heap.
 */
final class PipelinedLoad {

    /** What was loaded, how long it took, and how much of that the writers spent writing (the rest they waited). */
    record Outcome(int documents, long nanos, long writeNanos, List<Double> docsPerSecondBySlice) {
    }

    /** Rates are also kept per slice of this many documents: does writing slow down as the graph grows? */
    static final int SLICE = 1000;

    private record Extracted(Extraction extraction, String source, Exception error) {
    }

    private final Extractor extractor;
    private final GraphWriter writer;
    private final int extractThreads;
    private final int writers;
    private final DocumentReader reader = new DocumentReader();

    PipelinedLoad(Extractor extractor, GraphWriter writer, int extractThreads, int writers) {
        this.extractor = extractor;
        this.writer = writer;
        this.extractThreads = extractThreads;
        this.writers = writers;
    }

    Outcome load(List<Path> files) throws Exception {
        BlockingQueue<Extracted> queue = new ArrayBlockingQueue<>(4 * extractThreads);
        ExecutorService extraction = Executors.newFixedThreadPool(extractThreads);
        ExecutorService writing = Executors.newFixedThreadPool(writers);
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicLong writeNanos = new AtomicLong();
        List<Double> slices = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        AtomicLong sliceStarted = new AtomicLong(started);
        try {
            // submitted in order, written in completion order: the graph does not depend on the order
            for (Path f : files) {
                extraction.execute(() -> put(queue, extract(f)));
            }
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(writing.submit(() -> {
                    while (taken.getAndIncrement() < files.size()) {
                        Extracted x = queue.take();
                        if (x.error() != null) {
                            throw new IllegalStateException("cannot load " + x.source(), x.error());
                        }
                        long t0 = System.nanoTime();
                        writer.write(x.extraction(), x.source());
                        writeNanos.addAndGet(System.nanoTime() - t0);
                        int n = written.incrementAndGet();
                        if (n % SLICE == 0) {
                            long now = System.nanoTime();
                            slices.add(SLICE / ((now - sliceStarted.getAndSet(now)) / 1e9));
                            System.err.printf("    %,d documents loaded, %.1f/s%n", n, n / ((now - started) / 1e9));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Outcome(files.size(), System.nanoTime() - started, writeNanos.get() / writers, List.copyOf(slices));
        } finally {
            extraction.shutdownNow();
            writing.shutdownNow();
        }
    }

    private Extracted extract(Path file) {
        try {
            return new Extracted(extractor.extract(reader.read(file)), file.toString(), null);
        } catch (Exception e) {
            return new Extracted(null, file.toString(), e);
        }
    }

    private static void put(BlockingQueue<Extracted> queue, Extracted x) {
        try {
            queue.put(x);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
