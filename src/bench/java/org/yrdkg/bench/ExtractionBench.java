package org.yrdkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.Extractor;

/**
 * Phase 1: the extractor's throughput on one thread and on all, beside HanLP's own segmentation with
 * place and organisation recognition over the same sentences. Documents are read (decoded, cleaned,
 * split) before the clock starts, a chunk at a time so that 10,000 of them never sit in memory at once.
 */
final class ExtractionBench {

    private static final int CHUNK = 250;
    private static final int WARM_UP_DOCS = 40;

    /** HanLP segmenters keep state: one per thread. */
    private static final ThreadLocal<Segment> HANLP = ThreadLocal.withInitial(() ->
            HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true));

    private final Extractor extractor;
    private final DocumentReader reader = new DocumentReader();
    private final int threads;

    ExtractionBench(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Nanoseconds spent by each of the four ways over the same documents. */
    private static final class Clocks {
        long chars;
        long bytes;
        int docs;
        long extract1;
        long extractN;
        long hanlp1;
        long hanlpN;
    }

    void run(List<Path> files, BenchResults results) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Clocks c = new Clocks();
        long peak;
        try (HeapPeak heap = HeapPeak.start()) {
            warmUp(files.subList(0, Math.min(WARM_UP_DOCS, files.size())), pool);
            for (int from = 0; from < files.size(); from += CHUNK) {
                List<Document> docs = read(files.subList(from, Math.min(files.size(), from + CHUNK)));
                for (Document d : docs) {
                    c.chars += d.text().length();
                    c.bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
                }
                c.docs += docs.size();
                c.extract1 += timeOnOneThread(docs, extractor::extract);
                c.extractN += timeOnAll(docs, extractor::extract, pool);
                c.hanlp1 += timeOnOneThread(docs, ExtractionBench::segment);
                c.hanlpN += timeOnAll(docs, ExtractionBench::segment, pool);
            }
            peak = heap.peakBytes();
        } finally {
            pool.shutdownNow();
        }
        report(c, peak, results);
    }

    private void report(Clocks c, long peakHeap, BenchResults results) {
        String phase = String.format("extraction (%,d docs, %.1f M chars)", c.docs, c.chars / 1e6);
        String[] modes = {"1 thread", threads + " threads"};
        long[] ours = {c.extract1, c.extractN};
        long[] hanlp = {c.hanlp1, c.hanlpN};
        var json = results.section("extraction");
        json.put("documents", c.docs);
        json.put("chars", c.chars);
        json.put("utf8Bytes", c.bytes);
        json.put("threads", threads);
        for (int i = 0; i < 2; i++) {
            double s = ours[i] / 1e9, hs = hanlp[i] / 1e9;
            double charsPerS = c.chars / s, hanlpCharsPerS = c.chars / hs;
            boolean perCoreMet = c.bytes / s / 1e6 / (i == 0 ? 1 : threads) >= 1.0;
            results.add(new BenchResults.Row(phase, "chars/s, " + modes[i], Format.rate(charsPerS, "chars")
                    + String.format(" (%.2f MB/s)", c.bytes / s / 1e6), "HanLP seg+place+org " + Format.rate(hanlpCharsPerS, "chars"),
                    Format.ratio(charsPerS, hanlpCharsPerS), "≥ 1 MB/s per core; ≥ 0.5× HanLP",
                    perCoreMet && charsPerS >= 0.5 * hanlpCharsPerS));
            results.row(phase, "docs/s, " + modes[i], Format.rate(c.docs / s, "docs"));
            var mode = new java.util.LinkedHashMap<String, Object>();
            mode.put("seconds", s);
            mode.put("charsPerSecond", charsPerS);
            mode.put("docsPerSecond", c.docs / s);
            mode.put("utf8MBPerSecond", c.bytes / s / 1e6);
            mode.put("hanlpSeconds", hs);
            mode.put("hanlpCharsPerSecond", hanlpCharsPerS);
            json.put(i == 0 ? "oneThread" : "allThreads", mode);
        }
        results.row(phase, "peak heap", Format.mib(peakHeap));
        json.put("peakHeapBytes", peakHeap);
    }

    private void warmUp(List<Path> files, ExecutorService pool) throws Exception {
        List<Document> docs = read(files);
        timeOnAll(docs, extractor::extract, pool);
        timeOnAll(docs, ExtractionBench::segment, pool);
    }

    private List<Document> read(List<Path> files) {
        List<Document> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                docs.add(reader.read(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** HanLP alone over the same sentences the extractor sees. */
    private static void segment(Document doc) {
        Segment segment = HANLP.get();
        for (Sentence s : doc.sentences()) {
            segment.seg(s.normalized());
        }
    }

    private static long timeOnOneThread(List<Document> docs, Consumer<Document> work) {
        long started = System.nanoTime();
        docs.forEach(work);
        return System.nanoTime() - started;
    }

    private static long timeOnAll(List<Document> docs, Consumer<Document> work, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<Callable<Void>> tasks = docs.stream().<Callable<Void>>map(d -> () -> {
            work.accept(d);
            return null;
        }).toList();
        long started = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(tasks)) {
            f.get();
        }
        return System.nanoTime() - started;
    }
}
