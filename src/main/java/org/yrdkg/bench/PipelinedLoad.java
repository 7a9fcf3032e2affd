package org.yrdkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.GraphWriter;

/**
 * Loads files the way a bulk load should: reading and extraction on several threads, writing on one
 * (one document = one transaction, as {@link GraphWriter} does it), with a short queue between them so
 * that extraction cannot run far ahead and fill the heap.
 */
final class PipelinedLoad {

    /** What was loaded, how long it took, and how much of that the writer spent writing (the rest it waited). */
    record Outcome(int documents, long nanos, long writeNanos) {
    }

    private record Extracted(Extraction extraction, String source, Exception error) {
    }

    private final Extractor extractor;
    private final GraphWriter writer;
    private final int extractThreads;
    private final DocumentReader reader = new DocumentReader();

    PipelinedLoad(Extractor extractor, GraphWriter writer, int extractThreads) {
        this.extractor = extractor;
        this.writer = writer;
        this.extractThreads = extractThreads;
    }

    Outcome load(List<Path> files) throws Exception {
        BlockingQueue<Extracted> queue = new ArrayBlockingQueue<>(4 * extractThreads);
        ExecutorService pool = Executors.newFixedThreadPool(extractThreads);
        long started = System.nanoTime();
        try {
            // submitted in order, taken in completion order: the graph does not depend on the order
            for (Path f : files) {
                pool.execute(() -> put(queue, extract(f)));
            }
            long writing = 0;
            for (int i = 0; i < files.size(); i++) {
                Extracted x = queue.take();
                if (x.error() != null) {
                    throw new IllegalStateException("cannot load " + x.source(), x.error());
                }
                long t0 = System.nanoTime();
                writer.write(x.extraction(), x.source());
                writing += System.nanoTime() - t0;
                if ((i + 1) % 1000 == 0) {
                    System.err.printf("    %,d documents loaded, %.1f/s%n", i + 1, (i + 1) / ((System.nanoTime() - started) / 1e9));
                }
            }
            return new Outcome(files.size(), System.nanoTime() - started, writing);
        } finally {
            pool.shutdownNow();
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
