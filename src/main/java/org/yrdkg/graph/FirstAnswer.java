package org.yrdkg.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's first answered request, or {@link #WAIT_SECONDS} without one: when start-up work that only makes
 * later requests faster (the read warm-up, the extractor on a restart) begins, so that it does not take the two
 * cores from the first answer. Whoever holds one says {@link #given()} on Spring's {@code ServletRequestHandledEvent}.
 */
public final class FirstAnswer {

    /** How long the work waits for a first request after the service is ready before it starts anyway. */
    public static final long WAIT_SECONDS = 5;

    private final CompletableFuture<Void> given = new CompletableFuture<>();

    /** A request was answered (or the service stops: nothing to wait for). */
    public void given() {
        given.complete(null);
    }

    /** Waits until the first answer, at most {@link #WAIT_SECONDS}. */
    public void await() {
        try {
            given.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // no request yet: go ahead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
