package org.yrdkg.graph;

import java.io.IOException;

/**
 * Something to do once the graph is ready (schema applied, named queries checked), before the web server
 * takes requests: how a stage further up the pipeline (the seeds' load) hooks into the start-up without
 * the graph knowing it.
 */
public interface WhenGraphReady {

    void graphReady() throws IOException;
}
