package org.yrdkg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.WhenGraphReady;
import org.yrdkg.graph.server.EmbeddedNeo4jSetup;

/**
 * On the first start (no document in the graph yet) loads the seed articles, so the graph is not empty. When
 * the embedded store is new (so the seeds will be loaded), they are read and extracted on their own thread
 * from the moment this bean exists, while Neo4j starts: extraction needs no graph, and only the writes wait
 * for it.
 */
@Component
public class SeedsOnStartup implements WhenGraphReady {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnStartup.class);

    /** One seed article, read and extracted. */
    private record Extracted(Path file, Extraction extraction) {
    }

    private final DocumentLoader loader;
    private final Driver driver;
    private final GraphDatabase database;
    private final Path seeds;
    private final boolean enabled;
    /** The seeds extracted beside Neo4j's start (a new embedded store), or null: extracted when loaded. */
    private final CompletableFuture<List<Extracted>> early;

    public SeedsOnStartup(DocumentLoader loader, Driver driver, GraphDatabase database,
                          @Value("${yrdkg.seeds.dir:seeds}") Path seeds,
                          @Value("${yrdkg.seeds.load-on-startup:true}") boolean enabled,
                          ObjectProvider<EmbeddedNeo4jSetup> embedded) {
        this.loader = loader;
        this.driver = driver;
        this.database = database;
        this.seeds = seeds;
        this.enabled = enabled;
        EmbeddedNeo4jSetup setup = embedded.getIfAvailable();
        this.early = enabled && setup != null && setup.newStore() && Files.isDirectory(seeds) ? extractEarly() : null;
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
        List<Extracted> extracted = early == null ? extractAll() : awaitEarly();
        // one transaction for all of them: a failed seed leaves the graph as empty as it was
        var loaded = loader.writeAll(extracted.stream().map(e -> e.file().getFileName().toString()).toList(),
                extracted.stream().map(Extracted::extraction).toList(),
                extracted.stream().map(e -> e.file().toString()).toList());
        for (var seed : loaded) {
            log.info("Seed {}: {} ({} entities, {} relations)", seed.name(), seed.outcome(), seed.entities(), seed.relations());
        }
        log.info("Seeds loaded in {} ms{}", (System.nanoTime() - started) / 1_000_000,
                early == null ? "" : " (extracted while Neo4j started)");
    }

    private CompletableFuture<List<Extracted>> extractEarly() {
        CompletableFuture<List<Extracted>> extracted = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                extracted.complete(extractAll());
            } catch (Throwable e) {
                extracted.completeExceptionally(e);
            }
        }, "seeds-extraction");
        thread.setDaemon(true);
        thread.start();
        return extracted;
    }

    private List<Extracted> awaitEarly() throws IOException {
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private List<Extracted> extractAll() {
        List<Extracted> extracted = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
                    extracted.add(new Extracted(file, loader.extract(name, Files.readAllBytes(file))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extracted;
    }

    private boolean hasDocuments() {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherFiles.query("read/has-documents")).single()
                    .get("any").asBoolean());
        }
    }
}
