package org.yrdkg.graph.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded Neo4j on its own thread as soon as the configuration is known, so its ~10 s start
 * runs beside the Spring context's own start instead of before the rest of it. Its
 * {@link EmbeddedNeo4jSetup} (ports, password) is resolved here, on the caller's thread, so the context's
 * driver can be built at once. The {@code embeddedNeo4jServer} bean then takes this server (waiting for it
 * when needed) if it was started with the same settings, and starts one itself otherwise. Registered by
 * the application's {@code main}; tests start the server through the bean alone.
 */
public final class EarlyNeo4jStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "earlyNeo4jStart";
    private static final Logger log = LoggerFactory.getLogger(EarlyNeo4jStart.class);

    private volatile Started started;

    /** A server being started with these settings. */
    record Started(Neo4jConnectionProperties properties, EmbeddedNeo4jSetup setup,
                   CompletableFuture<EmbeddedNeo4jServer> server) {

        boolean sameSettings(Neo4jConnectionProperties other) {
            return properties.equals(other);
        }

        /** Waits for the server; a failed start is thrown as it was thrown. */
        EmbeddedNeo4jServer await() {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** Waits for the start to end, then stops the server (a failed start has nothing to stop). */
        void stop() {
            server.handle((started, failure) -> {
                if (started != null) {
                    started.close();
                }
                return null;
            }).join();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Neo4jConnectionProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("yrdkg.neo4j", Neo4jConnectionProperties.class);
        if (properties.external()) {
            return;
        }
        EmbeddedNeo4jSetup setup = EmbeddedNeo4jSetup.of(properties);
        CompletableFuture<EmbeddedNeo4jServer> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                server.complete(setup.start());
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "neo4j-start");
        thread.setDaemon(true);
        thread.start();
        started = new Started(properties, setup, server);
        context.getBeanFactory().registerSingleton(BEAN_NAME, started);
    }

    /**
     * After a failed start of the application: stops the early server if no bean took it over (a taken
     * one is closed with the context).
     */
    public void stopUnclaimed() {
        Started early = started;
        if (early == null) {
            return;
        }
        if (!early.server.isDone() || early.server.isCompletedExceptionally() || !early.server.join().claimed()) {
            log.debug("Stopping the embedded Neo4j started early: the application did not start");
            early.stop();
        }
    }
}
