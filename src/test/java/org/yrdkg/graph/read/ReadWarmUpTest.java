package org.yrdkg.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;

/** The warm-up runs every read of the explorer over the real graph (the seed articles) without a failure. */
class ReadWarmUpTest extends EmbeddedGraphTest {

    @Autowired
    ReadWarmUp warmUp;

    @Test
    void theWarmUpAfterStartRanEveryReadOfThePage() throws Exception {
        ReadWarmUp.Report report = warmUp.done().get(5, TimeUnit.MINUTES);
        assertThat(report.failed()).isEmpty();
        assertThat(report.reads()).containsKeys("stats", "search", "search, one character", "search, by type",
                "resolve a name", "entity", "facts", "facts of one type", "neighbourhood", "investments, all",
                "investments into", "investments by", "path", "documents", "document", "document sentences");
    }

    @Test
    void aWarmUpOnRequestRunsTheSameReads() {
        ReadWarmUp.Report report = warmUp.run();
        assertThat(report.failed()).isEmpty();
        assertThat(report.reads()).hasSize(16);
        assertThat(report.took()).isPositive();
    }
}
