package org.yrdkg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.yrdkg.graph.GraphWriter;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.Extractor;

/**
 * Loads many files the way a bulk load should: reading and extraction on several threads, writing on a
 * few, several documents per transaction (one commit and log sync per batch, not per document), with a
 * short queue between them so that extraction cannot run far ahead and fill the heap.
 * <p>
 * Documents whose names a later batch moves to another entity are written again once, at the end
 * ({@link GraphWriter#settleIdentity}), not once per batch that moves them.
 * <p>
 * A file that cannot be read or extracted is reported and skipped. A batch whose transaction fails is
 * written again one document per transaction, so a bad document fails alone and leaves nothing behind.
 */
public final class BulkLoader {

    /**
     * @param extractThreads threads reading and extracting (CPU-bound)
     * @param writers        threads writing transactions
     * @param batchSize      documents per transaction at most (a writer takes what is ready, up to this)
     */
    public record Settings(int extractThreads, int writers, int batchSize) {

        public Settings {
            if (extractThreads < 1 || writers < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads, writers and batch size must be at least 1");
            }
        }

        /**
         * All cores extracting, one writer, 32 documents per transaction: measured on 2 cores (BENCHMARKS.md),
         * a second writer made loading slower (its transactions wait on the first's locks), and with identity
         * each transaction has a cost of its own (the forms lock, the entity names, the corrections' look-up,
         * the commit): 10,000 documents loaded in 247 s in batches of 32, 287 s in batches of 8 (the build
         * before identity: 212 s and 218 s), 265 s in batches of 64.
         */
        public static Settings defaults() {
            return new Settings(Runtime.getRuntime().availableProcessors(), 1, 32);
        }
    }

    /** What happened to one file: {@code written} when it loaded, else {@code failure} says why. */
    public record FileResult(Path file, Extraction extraction, GraphWriter.Written written, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private record Extracted(Path file, Extraction extraction, String failure) {
    }

    private static final Extracted END = new Extracted(null, null, null);

    private final DocumentReader reader;
    private final Extractor extractor;
    private final GraphWriter writer;
    private final Settings settings;

    public BulkLoader(DocumentReader reader, Extractor extractor, GraphWriter writer, Settings settings) {
        this.reader = reader;
        this.extractor = extractor;
        this.writer = writer;
        this.settings = settings;
    }

    /** What the end of a load did: the documents written again under their final identities, and how long that took. */
    public record Settled(int documents, Duration took) {
    }

    /**
     * Loads the files; {@code each} hears about every file once, from the writer threads. Returns what the
     * settle at the end did ({@link GraphWriter#settleIdentity}).
     */
    public Settled load(List<Path> files, Consumer<FileResult> each) throws InterruptedException {
        if (files.isEmpty()) {
            return new Settled(0, Duration.ZERO);
        }
        BlockingQueue<Extracted> queue = new ArrayBlockingQueue<>(2 * settings.batchSize() * settings.writers());
        ExecutorService extraction = Executors.newFixedThreadPool(settings.extractThreads());
        ExecutorService writing = Executors.newFixedThreadPool(settings.writers());
        AtomicInteger extracted = new AtomicInteger();
        try {
            for (Path f : files) {
                extraction.execute(() -> {
                    put(queue, extract(f));
                    if (extracted.incrementAndGet() == files.size()) {
                        for (int w = 0; w < settings.writers(); w++) {
                            put(queue, END);
                        }
                    }
                });
            }
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < settings.writers(); w++) {
                done.add(writing.submit(() -> {
                    writeUntilEnd(queue, each);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a writer stopped", e.getCause());
                }
            }
            long settling = System.nanoTime();
            int settled = writer.settleIdentity();
            return new Settled(settled, Duration.ofNanos(System.nanoTime() - settling));
        } finally {
            extraction.shutdownNow();
            writing.shutdownNow();
            extraction.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void writeUntilEnd(BlockingQueue<Extracted> queue, Consumer<FileResult> each) throws InterruptedException {
        while (true) {
            List<Extracted> batch = new ArrayList<>(settings.batchSize());
            batch.add(queue.take());
            queue.drainTo(batch, settings.batchSize() - 1);
            boolean end = batch.remove(END);
            // an END drained with the batch belongs to another writer: hand back any extra ones
            while (batch.remove(END)) {
                queue.put(END);
            }
            List<Extracted> good = new ArrayList<>();
            for (Extracted x : batch) {
                if (x.failure() != null) {
                    each.accept(new FileResult(x.file(), null, null, x.failure()));
                } else {
                    good.add(x);
                }
            }
            write(good, each);
            if (end) {
                return;
            }
        }
    }

    private void write(List<Extracted> batch, Consumer<FileResult> each) {
        if (batch.isEmpty()) {
            return;
        }
        // one file name twice in a batch would be one document id claimed twice: write those alone
        boolean distinct = batch.stream().map(x -> x.extraction().document().name()).distinct().count() == batch.size();
        if (batch.size() > 1 && distinct) {
            try {
                List<GraphWriter.Written> written = writer.writeAll(
                        batch.stream().map(Extracted::extraction).toList(),
                        batch.stream().map(x -> x.file().toString()).toList(), GraphWriter.Rewrites.AT_SETTLE);
                for (int i = 0; i < batch.size(); i++) {
                    each.accept(new FileResult(batch.get(i).file(), batch.get(i).extraction(), written.get(i), null));
                }
                return;
            } catch (RuntimeException batchFailed) {
                // fall through: find the document that failed by writing each alone
            }
        }
        for (Extracted x : batch) {
            try {
                each.accept(new FileResult(x.file(), x.extraction(), writer.write(x.extraction(), x.file().toString(),
                        GraphWriter.Rewrites.AT_SETTLE), null));
            } catch (RuntimeException e) {
                each.accept(new FileResult(x.file(), x.extraction(), null, "could not be written (" + e.getMessage() + ")"));
            }
        }
    }

    private Extracted extract(Path file) {
        try {
            return new Extracted(file, extractor.extract(reader.read(file)), null);
        } catch (org.yrdkg.document.DocumentException e) {
            return new Extracted(file, null, e.getMessage());
        } catch (java.io.IOException e) {
            return new Extracted(file, null, "cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // a bug on our side must cost one file, not the load
            return new Extracted(file, null, "could not be processed (" + e + ")");
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
