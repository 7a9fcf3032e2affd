package org.yrdkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.query.CheckedQueries;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;
import org.yrdkg.graph.server.EmbeddedNeo4jSetup;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * Readies the graph before the web server takes requests (this lifecycle phase runs before Boot's web
 * server phase): the schema, the check that every named query only reads, then what waits for it
 * ({@link WhenGraphReady}: the seeds when the graph is empty). So the first answered request already sees them, and a bad query file stops the start.
 * An external Neo4j that cannot be reached does not stop the start: the service comes up (health DOWN,
 * 503 answers) and readies the graph in the background as soon as the database answers.
 */
@Component
class GraphStartup implements SmartLifecycle {

    private final GraphSchema schema;
    private final CheckedQueries queries;
    private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);
    private static final long RETRY_MILLIS = 5_000;
    /** A daemon thread per start-up task (there are few), not the common pool that request threads share. */
    private static final Executor STARTUP_THREADS = task -> {
        Thread thread = new Thread(task, "graph-startup-check");
        thread.setDaemon(true);
        thread.start();
    };

    private final ObjectProvider<WhenGraphReady> whenReady;
    private final ObjectProvider<EmbeddedNeo4jServer> embedded;
    private final GraphStats stats;
    private final boolean external;
    /** The schema is in place before this start (a restart of the embedded store): reads planned now stay planned. */
    private final boolean schemaInPlace;
    private volatile boolean running;

    GraphStartup(GraphSchema schema, CheckedQueries queries, ObjectProvider<WhenGraphReady> whenReady,
                 ObjectProvider<EmbeddedNeo4jServer> embedded, ObjectProvider<EmbeddedNeo4jSetup> setup,
                 GraphStats stats, Neo4jConnectionProperties connection) {
        this.schema = schema;
        this.queries = queries;
        this.whenReady = whenReady;
        this.embedded = embedded;
        this.stats = stats;
        this.external = connection.external();
        EmbeddedNeo4jSetup embeddedSetup = setup.getIfAvailable();
        this.schemaInPlace = embeddedSetup != null && !embeddedSetup.newStore();
    }

    @Override
    public void start() {
        try {
            ready();
        } catch (RuntimeException e) {
            if (!external || !unreachable(e)) {
                throw e;
            }
            log.warn("Neo4j cannot be reached ({}); starting anyway (health DOWN, 503 answers), and readying the "
                    + "graph as soon as it answers", e.getMessage());
            running = true;
            Thread retry = new Thread(this::readyWhenReachable, "graph-startup-retry");
            retry.setDaemon(true);
            retry.start();
        }
        running = true;
    }

    private void readyWhenReachable() {
        while (running) {
            try {
                Thread.sleep(RETRY_MILLIS);
                ready();
                log.info("Neo4j answers again: schema applied, named queries checked, seeds loaded if the graph was empty");
                return;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // still starting (a server accepts connections before its users are set), or wrong settings:
                // said every time, tried again
                log.warn("Readying the graph failed, trying again in {} s: {}", RETRY_MILLIS / 1000, e.getMessage());
            }
        }
    }

    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || String.valueOf(t.getMessage()).contains("Unable to acquire connection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The embedded server up first (the context was built while it started; this is the first thing that
     * needs it), then the schema, then the named-query check on its own thread beside the seeds (both only
     * read it). The first answer's reads ({@code /api/stats}) are planned on another thread meanwhile: beside
     * the schema on a restart, after it on a new store (a new index drops the plans made before it).
     */
    private void ready() {
        embedded.ifAvailable(server -> { });
        CompletableFuture<Void> firstAnswer = schemaInPlace ? planFirstAnswer() : null;
        schema.apply();
        if (firstAnswer == null) {
            firstAnswer = planFirstAnswer();
        }
        CompletableFuture<Void> checked = CompletableFuture.runAsync(queries::checkUnlessUnchanged, STARTUP_THREADS);
        try {
            whenReady.orderedStream().forEach(task -> {
                try {
                    task.graphReady();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read what the start-up loads (the seed articles)", e);
                }
            });
        } finally {
            awaitQuietly(checked);
            awaitQuietly(firstAnswer);
        }
        try {
            checked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Reads the graph's counts once, unanswered: Neo4j plans the queries of the first answer (the JVM's first
     * Cypher plans cost seconds) while this thread applies the schema or loads the seeds, on the other core.
     * A failure here is only logged: the request that needs them plans them again.
     */
    private CompletableFuture<Void> planFirstAnswer() {
        return CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            try {
                stats.read();
                log.debug("First answer's reads planned in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.debug("Planning the first answer's reads failed: {}", e.toString());
            }
        }, STARTUP_THREADS);
    }

    /** Waits for a task without turning its failure into this thread's (the caller reports it). */
    private static void awaitQuietly(CompletableFuture<?> task) {
        task.handle((done, failure) -> null).join();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Well before the web server's phase (Integer.MAX_VALUE - 2048), after the beans exist. */
    @Override
    public int getPhase() {
        return 0;
    }
}
