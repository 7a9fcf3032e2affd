package org.yrdkg.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.FirstAnswer;

/**
 * The extractor (the gazetteer's matcher and HanLP's dictionaries: 2–3 CPU-seconds), built on its own thread
 * and waited for by the first extraction only, so the service answers reads before it is ready. When the
 * start-up will extract (a new graph, which gets the seeds) it is built from the moment this bean exists,
 * beside Neo4j's start; otherwise (a restart) only once the service is ready and has answered its first request
 * (or {@link FirstAnswer#WAIT_SECONDS} s after without one), so a restart's CPU goes to the first answer: built at
 * once when ready, it took most of the CPU between "Started" and the first answer (JFR). The first extraction
 * builds it at once if nothing did before.
 */
public final class BackgroundExtractor implements Supplier<Extractor>, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExtractor.class);

    private final CompletableFuture<Extractor> extractor = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();
    private final FirstAnswer firstAnswer = new FirstAnswer();

    /** @param buildNow start building at once (the start-up will extract), not when the service is ready */
    BackgroundExtractor(boolean buildNow) {
        if (buildNow) {
            build();
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (building.get()) {
            return;
        }
        Thread thread = new Thread(() -> {
            firstAnswer.await();
            build();
        }, "extractor-after-first-answer");
        thread.setDaemon(true);
        thread.start();
    }

    @EventListener(ServletRequestHandledEvent.class)
    void answered() {
        firstAnswer.given();
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
