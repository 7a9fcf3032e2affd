package org.yrdkg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.DocumentIds;

/**
 * A web page open in a browser on this machine must not write through the API: cross-origin uploads
 * (text/plain and forms need no preflight), deletes and DNS-rebinding requests are refused with a
 * problem answer and change nothing, with or without the write token; clients that are not browsers
 * and the service's own pages still write.
 */
class CrossOriginWriteTest extends EmbeddedGraphTest {

    private static final byte[] TEXT = "测试县与样例市签订战略合作协议。".getBytes(StandardCharsets.UTF_8);
    private static final String EVIL = "http://evil.example";

    @AfterEach
    void cleanUp() {
        http().delete("/api/documents/" + DocumentIds.of("cross-origin.txt"), AUTH);
    }

    @Test
    void uploadsFromAnotherOriginAreRefused() {
        var plain = http().post("/api/documents?name=cross-origin.txt", "text/plain", TEXT, "Origin", EVIL,
                AUTH[0], AUTH[1]);
        assertRefused(plain);
        String boundary = "----form";
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cross-origin.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + new String(TEXT, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(http().post("/api/documents", "multipart/form-data; boundary=" + boundary, form, "Origin", EVIL));
        assertRefused(http().post("/api/documents?name=cross-origin.txt", "text/plain", TEXT,
                "Sec-Fetch-Site", "cross-site", AUTH[0], AUTH[1]));
        assertRefused(http().post("/api/documents?name=cross-origin.txt", "text/plain", TEXT, "Origin", "null"));
        assertThat(documentStored()).isZero();
    }

    @Test
    void deletesFromAnotherOriginAreRefusedEvenWithTheToken() {
        assertThat(http().post("/api/documents?name=cross-origin.txt", "text/plain", TEXT, AUTH).status()).isEqualTo(201);
        assertRefused(http().delete("/api/documents/" + DocumentIds.of("cross-origin.txt"), "Origin", EVIL, AUTH[0], AUTH[1]));
        assertThat(documentStored()).isOne();
    }

    @Test
    void theServicesOwnOriginAndNonBrowserClientsWrite() {
        var sameOrigin = http().post("/api/documents?name=cross-origin.txt", "text/plain", TEXT,
                "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin", AUTH[0], AUTH[1]);
        assertThat(sameOrigin.status()).isEqualTo(201);
        assertThat(http().delete("/api/documents/" + DocumentIds.of("cross-origin.txt"), AUTH).status()).isEqualTo(204);
    }

    @Test
    void aDnsRebindingPageIsRefusedThoughItsOriginMatchesItsHost() throws IOException {
        String origin = "http://evil.example:" + port;
        String request = "POST /api/documents?name=cross-origin.txt HTTP/1.1\r\nHost: evil.example:" + port
                + "\r\nOrigin: " + origin + "\r\nAuthorization: " + AUTH[1] + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + TEXT.length + "\r\nConnection: close\r\n\r\n";
        String answer = raw(request.getBytes(StandardCharsets.US_ASCII), TEXT);
        assertThat(answer).startsWith("HTTP/1.1 403").contains("application/problem+json");
        assertThat(documentStored()).isZero();
    }

    @Test
    void theApiGivesNoCorsGrantForWrites() throws IOException {
        String preflight = "OPTIONS /api/documents HTTP/1.1\r\nHost: localhost:" + port + "\r\nOrigin: " + EVIL
                + "\r\nAccess-Control-Request-Method: DELETE\r\nConnection: close\r\n\r\n";
        String answer = raw(preflight.getBytes(StandardCharsets.US_ASCII), new byte[0]);
        assertThat(answer.toLowerCase()).doesNotContain("access-control-allow-origin");
    }

    private void assertRefused(Http.Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Cross-origin write refused");
    }

    private long documentStored() {
        return (long) scalar("MATCH (d:Document {id: $id}) RETURN count(d)", Map.of("id", DocumentIds.of("cross-origin.txt")));
    }

    private String raw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
