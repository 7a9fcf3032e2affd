package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.DocumentIds;

/** Uploading through HTTP, good input and bad, against the running service and its real Neo4j. */
class DocumentApiTest extends EmbeddedGraphTest {

    private static final String TEXT = "测试县与样例市签订战略合作协议，共建示范产业园。\n双方将联合招商。";

    @AfterEach
    void cleanUp() {
        for (String name : new String[] {"api-plain.txt", "api-multi.txt", "api-gbk.txt", "api-utf16.txt", "api-page.html",
                "api-nothing.txt", "api-counts.txt"}) {
            http().delete("/api/documents/" + DocumentIds.of(name), AUTH);
        }
    }

    @Test
    void uploadListShowAndDeleteADocument() {
        var created = postText("api-plain.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("documentId").asString();
        assertThat(id).isEqualTo(DocumentIds.of("api-plain.txt"));

        assertThat(postText("api-plain.txt", TEXT.getBytes(StandardCharsets.UTF_8)).json().get("outcome").asString())
                .isEqualTo("UNCHANGED");
        var shown = http().get("/api/documents/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/document/name").asString()).isEqualTo("api-plain.txt");
        assertThat(http().get("/api/documents?size=100").json().at("/page/totalElements").asLong()).isEqualTo(6);

        assertThat(http().delete("/api/documents/" + id, AUTH).status()).isEqualTo(204);
        assertThat(http().get("/api/documents/" + id).status()).isEqualTo(404);
        assertThat(http().delete("/api/documents/" + id, AUTH).status()).isEqualTo(404);
    }

    @Test
    void theUploadAnswerCountsWhatTheDocumentViewShows() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", "001_aec603dd28f83b5a.txt"));
        var created = postText("api-counts.txt", seed);
        assertThat(created.status()).isEqualTo(201);
        var shown = http().get("/api/documents/" + created.json().get("documentId").asString()).json();
        assertThat(shown.get("entities").size()).isPositive();
        assertThat(created.json().get("entities").asInt()).isEqualTo(shown.get("entities").size());
        assertThat(created.json().get("relations").asInt()).isEqualTo(shown.get("facts").size());
        var again = postText("api-counts.txt", seed);
        assertThat(again.json().get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.json().get("entities").asInt()).isEqualTo(shown.get("entities").size());
        assertThat(again.json().get("relations").asInt()).isEqualTo(shown.get("facts").size());
    }

    @Test
    void multipartUpload() {
        var response = multipart("api-multi.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("sentences").asInt()).isEqualTo(2);
    }

    @Test
    void gbkAndUtf16AreDecoded() {
        assertThat(postText("api-gbk.txt", TEXT.getBytes(Charset.forName("GBK"))).status()).isEqualTo(201);
        assertThat(postText("api-utf16.txt", TEXT.getBytes(StandardCharsets.UTF_16)).status()).isEqualTo(201);
        for (String name : new String[] {"api-gbk.txt", "api-utf16.txt"}) {
            Object first = scalar("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence {index: 0}) RETURN s.text",
                    java.util.Map.of("id", DocumentIds.of(name)));
            assertThat(first).asString().contains("测试县与样例市签订战略合作协议");
        }
    }

    @Test
    void htmlPageIsCleanedOfScripts() {
        String html = "<html><head><title>样例标题</title><script>var secret = '脚本内容';</script></head>"
                + "<body><nav>首页 | 新闻</nav><h1>样例标题</h1><p>" + TEXT + "</p></body></html>";
        var response = http().post("/api/documents?name=api-page.html", "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), AUTH);
        assertThat(response.status()).isEqualTo(201);
        Object scripts = scalar("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence) WHERE s.text CONTAINS '脚本' RETURN count(s)",
                java.util.Map.of("id", DocumentIds.of("api-page.html")));
        assertThat(scripts).isEqualTo(0L);
    }

    @Test
    void aTextWithoutEntitiesLoadsWithNoFacts() {
        var response = postText("api-nothing.txt", "今天天气很好，我们去散步。".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("relations").asInt()).isZero();
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        var before = http().get("/api/stats").json().get("documents").asLong();
        assertProblem(postText("api-empty.txt", new byte[0]), 400);
        assertProblem(postText("api-blank.txt", "  \n\t \u3000 ".getBytes(StandardCharsets.UTF_8)), 400);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        assertProblem(postText("api-binary.txt", png), 400);
        assertProblem(multipart("picture.png", png), 415);
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertProblem(postText("api-big.txt", big), 413);
        assertProblem(multipart("api-big.txt", big), 413);
        assertProblem(http().post("/api/documents?name=x.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8), AUTH), 415);
        assertThat(http().get("/api/stats").json().get("documents").asLong()).isEqualTo(before);
    }

    @Test
    void writesNeedTheTokenWhenOneIsConfigured() {
        var response = http().post("/api/documents?name=api-plain.txt", "text/plain; charset=utf-8",
                TEXT.getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 401);
        assertThat(http().delete("/api/documents/" + DocumentIds.of("000_cd54af0347ee029f.txt")).status()).isEqualTo(401);
        assertThat(http().get("/api/documents").status()).isEqualTo(200);
    }

    private Http.Response postText(String name, byte[] body) {
        return http().post("/api/documents?name=" + name, "text/plain", body, AUTH);
    }

    private Http.Response multipart(String filename, byte[] content) {
        String boundary = "----yrdkg-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http().post("/api/documents", "multipart/form-data; boundary=" + boundary, body, AUTH);
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
