package org.yrdkg.graph.query;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded number of callers at once; the next waits a moment and is then turned away with
 * {@link BusyException} (the API answers 503 with Retry-After). Keeps a burst of heavy queries or uploads
 * from taking all memory and threads together.
 */
public final class QueryGate {

    private final Semaphore permits;
    private final Duration wait;
    private final String what;

    public QueryGate(int permits, Duration wait, String what) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.wait = wait;
        this.what = what;
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException(what);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Every permit is taken: try again shortly. */
    public static final class BusyException extends RuntimeException {

        public static final int RETRY_AFTER_SECONDS = 2;

        BusyException(String what) {
            super("The server is busy with other " + what + "; try again in " + RETRY_AFTER_SECONDS + " seconds.");
        }
    }
}
