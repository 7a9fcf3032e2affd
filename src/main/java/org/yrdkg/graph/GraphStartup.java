package org.yrdkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.query.NamedQueryCatalog;

/**
 * Readies the graph before the web server takes requests (this lifecycle phase runs before Boot's web
 * server phase): the schema, the check that every named query only reads, then the seeds when the graph
 * is empty. So the first answered request already sees them, and a bad query file stops the start.
 */
@Component
class GraphStartup implements SmartLifecycle {

    private final GraphSchema schema;
    private final NamedQueryCatalog queries;
    private final SeedsOnStartup seeds;
    private volatile boolean running;

    GraphStartup(GraphSchema schema, NamedQueryCatalog queries, SeedsOnStartup seeds) {
        this.schema = schema;
        this.queries = queries;
        this.seeds = seeds;
    }

    @Override
    public void start() {
        schema.apply();
        queries.checkAll();
        try {
            seeds.loadIfGraphIsEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed articles", e);
        }
        running = true;
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
