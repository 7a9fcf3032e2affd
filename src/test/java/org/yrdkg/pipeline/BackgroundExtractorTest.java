package org.yrdkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.graph.server.EmbeddedNeo4jSetup;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * A restart (the embedded store exists) leaves the extractor unbuilt until the service is ready and has answered
 * its first request, or the first extraction asks, so its CPU goes to the first answer; a new store (the seeds will be extracted) builds it
 * at once. Checked on the shared service's real store.
 */
class BackgroundExtractorTest extends EmbeddedGraphTest {

    @Autowired
    BackgroundExtractor serviceExtractor;

    @Test
    void theSharedServiceStartedOnANewStoreAndBuiltTheExtractorAtOnce() {
        assertThat(serviceExtractor.building()).isTrue();
        assertThat(setupOn(DATA_DIR).newStore()).as("the store Neo4j created is there now").isFalse();
    }

    @Test
    void anEmptyDataFolderIsANewStore(@TempDir Path empty) {
        assertThat(setupOn(empty).newStore()).isTrue();
    }

    @Test
    void onARestartTheBuildWaitsForTheReadyServicesFirstAnswer() throws Exception {
        BackgroundExtractor extractor = new BackgroundExtractor(false);
        assertThat(extractor.building()).isFalse();
        extractor.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
        Thread.sleep(200);
        assertThat(extractor.building()).as("ready, no request answered yet").isFalse();
        extractor.answered();
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos(); // before the 5 s without an answer
        while (!extractor.building() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(extractor.building()).as("the first answer starts the build").isTrue();
        assertThat(extractor.get()).isNotNull();
    }

    @Test
    void theFirstExtractionBuildsTheExtractorWhenNothingDidYet() {
        BackgroundExtractor extractor = new BackgroundExtractor(false);
        byte[] text = "云岫科技有限公司在合肥市设立研发中心。".getBytes(StandardCharsets.UTF_8);
        assertThat(extractor.get().extract(new DocumentReader(1 << 20).read("invented.txt", text)).entities())
                .extracting(ExtractedEntity::name).isNotEmpty();
        assertThat(extractor.building()).isTrue();
    }

    private static EmbeddedNeo4jSetup setupOn(Path dataDir) {
        Neo4jConnectionProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "yrdkg.neo4j.embedded.data-dir", dataDir.toString(),
                "yrdkg.neo4j.embedded.auth-enabled", "false",
                "yrdkg.neo4j.embedded.bolt-port", "0", "yrdkg.neo4j.embedded.http-port", "0")))
                .bindOrCreate("yrdkg.neo4j", Neo4jConnectionProperties.class);
        return EmbeddedNeo4jSetup.of(properties);
    }
}
