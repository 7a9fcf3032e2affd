package org.yrdkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.WhenGraphReady;

/** On the first start (no document in the graph yet) loads the seed articles, so the graph is not empty. */
@Component
public class SeedsOnStartup implements WhenGraphReady {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnStartup.class);

    private final DocumentLoader loader;
    private final Driver driver;
    private final GraphDatabase database;
    private final Path seeds;
    private final boolean enabled;

    public SeedsOnStartup(DocumentLoader loader, Driver driver, GraphDatabase database,
                          @Value("${yrdkg.seeds.dir:seeds}") Path seeds,
                          @Value("${yrdkg.seeds.load-on-startup:true}") boolean enabled) {
        this.loader = loader;
        this.driver = driver;
        this.database = database;
        this.seeds = seeds;
        this.enabled = enabled;
    }

    @Override
    public void graphReady() throws IOException {
        loadIfGraphIsEmpty();
    }

    private void loadIfGraphIsEmpty() throws IOException {
        if (!enabled || !Files.isDirectory(seeds) || hasDocuments()) {
            return;
        }
        long started = System.nanoTime();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
                    var loaded = loader.load(name, Files.readAllBytes(file), file.toString());
                    log.info("Seed {}: {} ({} entities, {} relations)", name, loaded.outcome(), loaded.entities(),
                            loaded.relations());
                }
            }
        }
        log.info("Seeds loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private boolean hasDocuments() {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherFiles.query("read/has-documents")).single()
                    .get("any").asBoolean());
        }
    }
}
