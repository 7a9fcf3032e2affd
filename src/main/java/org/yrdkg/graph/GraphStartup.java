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
    private final boolean external;
    private volatile boolean running;

    GraphStartup(GraphSchema schema, CheckedQueries queries, ObjectProvider<WhenGraphReady> whenReady,
                 ObjectProvider<EmbeddedNeo4jServer> embedded, Neo4jConnectionProperties connection) {
        this.schema = schema;
        this.queries = queries;
        this.whenReady = whenReady;
        this.embedded = embedded;
        this.external = connection.external();
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
     * read it).
     */
    private void ready() {
        embedded.ifAvailable(server -> { });
        schema.apply();
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
        }
        try {
            checked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
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
