package org.yrdkg.graph.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.yrdkg.graph.FirstAnswer;
import org.yrdkg.graph.GraphStats;

/**
 * Runs the reads the explorer's views make, once the service is ready, on a thread of its own, so the first
 * analyst does not pay for what Neo4j does the first times it sees a query. Measured on the embedded server:
 * it plans a query text the first time it meets it with a new set of parameter types (null or a value), 1–10 s
 * each on the busy 2-core machine and over 30 s for the very first (the planner's own code is loaded and compiled
 * then); and at the eleventh run it compiles the plan's expressions (Neo4j's expression recompilation limit, 10),
 * another 0.1–0.9 s. So each read runs {@link #RUNS} times, with the parameter shapes the page sends, about an
 * entity in few facts (cheap to read again). It starts once the service has answered its first request (or
 * {@link FirstAnswer#WAIT_SECONDS} s after it is ready without one): started at once, its planning delayed a restart's
 * first answer by 1.4 s on the busy 2 cores. Only a service with a web server warms up (not a command-line tool).
 * With {@code yrdkg.warm-up.enabled=false} nothing runs.
 */
@Component
public class ReadWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    /** Runs of each read: Neo4j's expression recompilation limit (10), and the run that compiles. */
    static final int RUNS = 11;
    /** Entities the sample is picked from, at most (read/warm-up-sample). */
    static final int CANDIDATES = 1000;

    private static final Logger log = LoggerFactory.getLogger(ReadWarmUp.class);

    /** What a warm-up did: each read's name and how long its runs took, and the reads that failed (name → why). */
    public record Report(Map<String, Duration> reads, Map<String, String> failed, Duration took) {
    }

    private final GraphReader reader;
    private final EntityLookup lookup;
    private final EntityReads entities;
    private final Neighborhood neighborhood;
    private final Investments investments;
    private final PathFinder paths;
    private final DocumentReads documents;
    private final GraphStats stats;
    private final boolean enabled;
    private final CompletableFuture<Report> done = new CompletableFuture<>();
    private final FirstAnswer firstAnswer = new FirstAnswer();
    private volatile boolean closing;

    public ReadWarmUp(GraphReader reader, EntityLookup lookup, EntityReads entities, Neighborhood neighborhood,
                      Investments investments, PathFinder paths, DocumentReads documents, GraphStats stats,
                      @Value("${yrdkg.warm-up.enabled:true}") boolean enabled) {
        this.reader = reader;
        this.lookup = lookup;
        this.entities = entities;
        this.neighborhood = neighborhood;
        this.investments = investments;
        this.paths = paths;
        this.documents = documents;
        this.stats = stats;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // a command-line tool (load, export …) has no web server and no analyst waiting
        if (!enabled || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            done.complete(new Report(Map.of(), Map.of(), Duration.ZERO));
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                firstAnswer.await();
                Report report = run();
                log.debug("Read warm-up done in {} ms: {} reads, failed: {}", report.took().toMillis(),
                        report.reads().size(), report.failed());
                done.complete(report);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "read-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
        firstAnswer.given();
    }

    @EventListener(ServletRequestHandledEvent.class)
    void answered() {
        firstAnswer.given();
    }

    /** Completes when the warm-up after start-up is over (at once when it is off). */
    public CompletableFuture<Report> done() {
        return done;
    }

    /** Runs every read {@link #RUNS} times (an empty graph: nothing) and says how long each took. */
    public Report run() {
        long started = System.nanoTime();
        Map<String, Duration> took = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<Map<String, Object>> sample = reader.rows("read/warm-up-sample", Map.of("candidates", CANDIDATES));
        for (var read : sample.isEmpty() ? List.<Read>of() : reads(sample.get(0))) {
            long t0 = System.nanoTime();
            try {
                for (int i = 0; i < read.runs() && !closing; i++) {
                    read.call().get();
                }
                took.put(read.name(), Duration.ofNanos(System.nanoTime() - t0));
            } catch (RuntimeException e) {
                failed.put(read.name(), String.valueOf(e.getMessage()));
            }
        }
        return new Report(took, failed, Duration.ofNanos(System.nanoTime() - started));
    }

    private record Read(String name, int runs, Supplier<?> call) {

        Read(String name, Supplier<?> call) {
            this(name, RUNS, call);
        }
    }

    /**
     * The page's reads, with each parameter shape it sends (a filter given or not, a one-character search): the
     * plan Neo4j caches is per query text and parameter types.
     */
    private List<Read> reads(Map<String, Object> sample) {
        String id = (String) sample.get("id");
        String name = (String) sample.get("name");
        String other = (String) sample.get("other");
        String document = (String) sample.get("document");
        List<Read> reads = new ArrayList<>(List.of(
                new Read("stats", stats::read),
                new Read("search", () -> lookup.search(name, null, 50)),
                new Read("search, one character", () -> lookup.search(name.substring(0, 1), null, 50)),
                new Read("search, by type", () -> lookup.search(name, "Organization", 50)),
                new Read("resolve a name", () -> lookup.resolve(name)),
                new Read("entity", () -> entities.detail(id)),
                new Read("facts", () -> entities.relations(id, null, "both", 0, 50)),
                new Read("facts of one type", () -> entities.relations(id, "LOCATED_IN", "out", 0, 500)),
                new Read("neighbourhood", () -> neighborhood.around(id, 2, null, 300)),
                // every investment: planned only (its runs read them all); compiled at its eleventh request
                new Read("investments, all", 1, () -> investments.find(null, null, null, "target", 0, 100)),
                new Read("investments into", () -> investments.find(id, null, null, "source", 0, 100)),
                new Read("investments by", () -> investments.find(null, id, null, "target", 0, 100)),
                new Read("path", () -> paths.between(id, other, 4)),
                new Read("documents", () -> documents.page(PageRequest.of(0, 20)))));
        if (document != null) {
            reads.add(new Read("document", () -> documents.detail(document)));
            reads.add(new Read("document sentences", () -> documents.sentences(document)));
        }
        return reads;
    }
}
