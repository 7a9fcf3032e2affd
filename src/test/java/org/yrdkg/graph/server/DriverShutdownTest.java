package org.yrdkg.graph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class DriverShutdownTest {

    @Test
    void aDriverThatNeverFinishesClosingDoesNotHoldUpTheShutdown() {
        Driver stuck = mock(Driver.class);
        when(stuck.closeAsync()).thenReturn(new CompletableFuture<>());
        long started = System.nanoTime();
        new DriverShutdown.DriverCloser(stuck, Duration.ofMillis(200)).destroy();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDriverThatClosesIsWaitedFor() {
        Driver fine = mock(Driver.class);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        when(fine.closeAsync()).thenAnswer(call -> {
            closed.complete(null);
            return closed;
        });
        new DriverShutdown.DriverCloser(fine, Duration.ofSeconds(5)).destroy();
        assertThat(closed).isCompleted();
    }
}
