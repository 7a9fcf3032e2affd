package org.yrdkg.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.read.DocumentReads;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.pipeline.DocumentLoader;

/**
 * The upload endpoint's web layer alone, without a running Neo4j: the error mapping (problem details),
 * the write token, the cross-origin guard and the size limit. The loader is the real one (reader,
 * extractor, writer) over a driver whose server is away, so a document that passes every check reaches
 * the writer and gets the 503 that a Neo4j outage gives.
 */
@Order(5) // its lane starts it early (TwoLanes)
@WebMvcTest(controllers = DocumentController.class, properties = {
        "yrdkg.api.write-token=" + DocumentEndpointSliceTest.TOKEN,
        // the server is away on purpose: one warning line per refused write is enough
        "logging.level.org.yrdkg.api.ProblemHandler=error"})
@Import(DocumentEndpointSliceTest.RealLoader.class)
class DocumentEndpointSliceTest {

    static final String TOKEN = "slice-write-token";
    private static final int MAX_BYTES = 1024;

    /** Answers no request of these tests: the list and view are read from Neo4j and tested with it. */
    @MockitoBean
    DocumentReads reads;

    @Autowired
    MockMvc mvc;

    @TestConfiguration
    static class RealLoader {

        static final Driver AWAY = org.neo4j.driver.GraphDatabase.driver("bolt://localhost:7", AuthTokens.none(),
                Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS)
                        .withMaxTransactionRetryTime(0, TimeUnit.SECONDS).build());

        @Bean
        DocumentLoader documentLoader() {
            return new DocumentLoader(new DocumentReader(MAX_BYTES), new Extractor(),
                    new GraphWriter(AWAY, new GraphDatabase("")), 2);
        }
    }

    @AfterAll
    static void closeDriver() {
        RealLoader.AWAY.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWriteWithoutTheTokenIs401AsProblemDetails() throws Exception {
        mvc.perform(post("/api/documents").param("name", "a.txt").contentType("text/plain; charset=utf-8")
                        .content(utf8("甲地与乙地签订合作协议。")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Write token required"));
        mvc.perform(post("/api/documents").param("name", "a.txt").header("Authorization", "Bearer wrong")
                        .contentType("text/plain; charset=utf-8").content(utf8("甲地与乙地签订合作协议。")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWriteFromAnotherSitesPageIs403EvenWithTheToken() throws Exception {
        mvc.perform(post("/api/documents").param("name", "a.txt").header("Authorization", "Bearer " + TOKEN)
                        .header("Origin", "http://elsewhere.example").contentType("text/plain; charset=utf-8")
                        .content(utf8("甲地与乙地签订合作协议。")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDocumentOverTheSizeLimitIs413() throws Exception {
        byte[] big = utf8("甲地与乙地签订合作协议。".repeat(MAX_BYTES / 10));
        mvc.perform(multipart("/api/documents").file(new MockMultipartFile("file", "big.txt", "text/plain", big))
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("Document too large"));
    }

    @Test
    void badNamesEmptyTextAndUnknownTypesAreRefusedWithTheirReason() throws Exception {
        mvc.perform(post("/api/documents").param("name", "folder/").header("Authorization", "Bearer " + TOKEN)
                        .contentType("text/plain; charset=utf-8").content(utf8("甲地与乙地签订合作协议。")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no file name")));
        mvc.perform(post("/api/documents").param("name", "empty.txt").header("Authorization", "Bearer " + TOKEN)
                        .contentType("text/plain; charset=utf-8").content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable document"));
        mvc.perform(multipart("/api/documents").file(new MockMultipartFile("file", "picture.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}))
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aGoodDocumentWhileNeo4jIsAwayIs503AndNothingElse() throws Exception {
        mvc.perform(post("/api/documents").param("name", "good.txt").header("Authorization", "Bearer " + TOKEN)
                        .contentType("text/plain; charset=utf-8").content(utf8("甲地与乙地签订合作协议。")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Graph database unavailable"));
    }

    @Test
    void listingBySomethingNotSortableIs400BeforeAnyRead() throws Exception {
        mvc.perform(get("/api/documents").param("sort", "contentHash"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad parameter"));
    }
}
