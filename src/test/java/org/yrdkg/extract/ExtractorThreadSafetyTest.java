package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yrdkg.cli.ExtractionJson;
import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;

/** One extractor used from several threads gives the same results as used from one. */
class ExtractorThreadSafetyTest {

    @Test
    void sameResultsOnFourThreads() throws Exception {
        DocumentReader reader = new DocumentReader();
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(reader.read(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        List<String> sequential = docs.stream().map(d -> ExtractionJson.toJsonLine(ExtractorTestSupport.EXTRACTOR.extract(d))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Document d : docs) futures.add(pool.submit(() -> ExtractionJson.toJsonLine(ExtractorTestSupport.EXTRACTOR.extract(d))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % docs.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
