package org.yrdkg.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.yrdkg.extract.Extractor;

/**
 * The extractor (the gazetteer's matcher and HanLP's dictionaries: 2–3 CPU-seconds), built on its own thread
 * and waited for by the first extraction only, so the service answers reads before it is ready. When the
 * start-up will extract (a new graph, which gets the seeds) it is built from the moment this bean exists,
 * beside Neo4j's start; otherwise (a restart) only once the service is ready, so a restart's CPU goes to
 * the first answer. The first extraction builds it at once if nothing did before.
 */
public final class BackgroundExtractor implements Supplier<Extractor>, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExtractor.class);

    private final CompletableFuture<Extractor> extractor = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();

    /** @param buildNow start building at once (the start-up will extract), not when the service is ready */
    BackgroundExtractor(boolean buildNow) {
        if (buildNow) {
            build();
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        build();
    }

    /** Starts the build on its own thread, once. */
    void build() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                extractor.complete(new Extractor());
                log.debug("Extractor ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (Throwable e) {
                extractor.completeExceptionally(e);
            }
        }, "extractor-build");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the build has started (or is done). */
    boolean building() {
        return building.get();
    }

    /** Waits for the extractor (building it if nothing did yet); a failed build is thrown as it was thrown. */
    @Override
    public Extractor get() {
        build();
        try {
            return extractor.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
