package org.yrdkg.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yrdkg.extract.Extractor;

/**
 * The extractor, built on its own thread from the moment this bean exists (the gazetteer's matcher and
 * HanLP's dictionaries take a second or two) and waited for by the first extraction only, so the service
 * answers reads before it is ready.
 */
public final class BackgroundExtractor implements Supplier<Extractor> {

    private static final Logger log = LoggerFactory.getLogger(BackgroundExtractor.class);

    private final CompletableFuture<Extractor> extractor = new CompletableFuture<>();

    BackgroundExtractor() {
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

    /** Waits for the extractor; a failed build is thrown as it was thrown. */
    @Override
    public Extractor get() {
        try {
            return extractor.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
