package org.yrdkg.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;

/**
 * The warm-up runs every read of the explorer, in each parameter shape the page sends, over the real graph (the
 * seed articles) without a failure. The shared test service has it off after start (it would compete with the
 * tests for the cores): it is off, so it is over at once, and runs on request.
 */
class ReadWarmUpTest extends EmbeddedGraphTest {

    @Autowired
    ReadWarmUp warmUp;

    @Test
    void aWarmUpRunsEveryReadOfThePage() {
        ReadWarmUp.Report report = warmUp.run();
        assertThat(report.failed()).isEmpty();
        assertThat(report.reads()).containsOnlyKeys("stats", "search", "search, one character", "search, by type",
                "resolve a name", "entity", "facts", "facts of one type", "neighbourhood", "investments, all",
                "investments into", "investments by", "path", "documents", "document", "document sentences");
        assertThat(report.took()).isPositive();
    }

    @Test
    void turnedOffItIsOverAtOnce() {
        assertThat(warmUp.done()).isCompleted();
        assertThat(warmUp.done().join().reads()).isEmpty();
    }
}
