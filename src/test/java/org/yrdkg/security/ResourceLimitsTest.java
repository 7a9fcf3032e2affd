package org.yrdkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;

/**
 * No query can take the service down: a huge value, or several at once, get a clear problem answer
 * (422 too large, 503 busy with Retry-After) and /actuator/health is UP right after.
 */
@Order(2) // its lane starts it early (TwoLanes)
class ResourceLimitsTest extends EmbeddedGraphTest {

    @Test
    void aHugeListIsRefusedAsTooLargeAndTheServiceStaysHealthy() {
        var answer = cypher("RETURN range(1, 10000000) AS l");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("title").asString()).isEqualTo("Result too large");
        assertHealthy();
    }

    @Test
    void manyRowsAreCutByBytesAsWellAsByRows() {
        var answer = cypher("UNWIND range(1, 1000) AS i RETURN i, [x IN range(1, 3000) | 'abc'] AS texts");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("truncated").asBoolean()).isTrue();
        assertThat(answer.json().get("rows").size()).isLessThan(1000);
    }

    @Test
    void concurrentHugeQueriesGetProblemAnswersNeverA500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<Http.Response>) () -> cypher("RETURN range(1, 3000000) AS l")));
            }
            for (Future<Http.Response> f : answers) {
                var answer = f.get();
                assertThat(answer.status()).isIn(422, 503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        } finally {
            pool.shutdownNow();
        }
        assertHealthy();
    }

    private Http.Response cypher(String query) {
        return http().post("/api/cypher", "application/json",
                ("{\"query\": \"" + query + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private void assertHealthy() {
        var health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
