package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.query.QueryGate;

/**
 * Every 4xx/5xx under /api/** is RFC 9457 problem details, Tomcat's own errors included, and bad
 * document names are refused with 400 before anything is stored.
 */
class ProblemDetailsEverywhereTest extends EmbeddedGraphTest {

    @Test
    void fullTextOperatorsAndUnknownSortAreNoServerErrors() {
        var search = http().get("/api/entities?q=" + Http.encode("AND OR NOT ~ \" ["));
        assertThat(search.status()).isEqualTo(200);
        var sort = http().get("/api/documents?sort=noSuchProperty");
        assertThat(sort.status()).isEqualTo(400);
        assertProblem(sort.status(), sort.contentType(), sort.body());
        assertThat(sort.json().get("parameter").asString()).isEqualTo("sort");
        assertThat(http().get("/api/documents?sort=loadedAt,desc").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "x/", "dir\\", "  ", "a\u0000b.txt", "a\r\nb.txt", "tab\t.txt"})
    void badDocumentNamesAre400AndStoreNothing(String name) {
        long before = documents();
        var answer = http().post("/api/documents?name=" + Http.encode(name), "text/plain; charset=utf-8",
                "甲地与乙地签订合作协议。".getBytes(StandardCharsets.UTF_8), AUTH);
        assertThat(answer.status()).as(name).isEqualTo(400);
        assertProblem(answer.status(), answer.contentType(), answer.body());
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anOverlongNameIs400() {
        var answer = http().post("/api/documents?name=" + "n".repeat(300) + ".txt", "text/plain; charset=utf-8",
                "甲地与乙地签订合作协议。".getBytes(StandardCharsets.UTF_8), AUTH);
        assertThat(answer.status()).isEqualTo(400);
        assertProblem(answer.status(), answer.contentType(), answer.body());
    }

    @Test
    void multipartFileNamesWithNulOrOverlongAre400Problems() throws IOException {
        for (String fileName : new String[] {"a\u0000b.txt", "f".repeat(5004) + ".txt"}) {
            String boundary = "----yrdkg";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/plain\r\n\r\n甲地与乙地签订合作协议。\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            String head = "POST /api/documents HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + AUTH[1]
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            String answer = raw(head.getBytes(StandardCharsets.US_ASCII), body);
            assertThat(answer).as(fileName.length() + " characters").startsWith("HTTP/1.1 400");
            assertThat(answer).contains("application/problem+json");
        }
    }

    @Test
    void tomcatsOwnErrorsAreProblemsToo() throws IOException {
        for (String target : new String[] {"/api/entities/%00", "/api/entities?q=" + "%E9%97%B5".repeat(3400),
                "/api/entities/a%2Fb%00c"}) {
            String answer = raw(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), new byte[0]);
            assertThat(answer).as(target.substring(0, Math.min(40, target.length()))).matches("(?s)HTTP/1.1 4\\d\\d.*");
            assertThat(answer).contains("application/problem+json").doesNotContain("<html");
        }
    }

    @Test
    void busyAnswersCarryRetryAfter() {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(10), "tests");
        var busy = gate.run(() -> {
            try {
                gate.run(() -> "second");
                return null;
            } catch (QueryGate.BusyException e) {
                return e;
            }
        });
        assertThat(busy).isNotNull();
        ResponseEntity<?> answer = new ProblemHandler().busy(busy);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    }

    private long documents() {
        return (long) scalar("MATCH (d:Document) RETURN count(d)", Map.of());
    }

    private static void assertProblem(int status, String contentType, String body) {
        assertThat(contentType).as(status + ": " + body).startsWith("application/problem+json");
        assertThat(body).contains("\"status\":" + status);
    }

    private String raw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head);
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
