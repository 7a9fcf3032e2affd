package org.yrdkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.GraphCounts;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.Extractor;

/** The bulk load against the real in-process Neo4j: batches, and a bad document failing alone. */
class BulkLoaderTest extends EmbeddedGraphTest {

    private static final int FILES = 12;

    @Autowired
    GraphWriter writer;
    @Autowired
    GraphDatabase database;
    @Autowired
    DocumentReader reader;
    @Autowired
    Extractor extractor;

    @TempDir
    Path folder;

    @AfterEach
    void removeTestDocuments() {
        for (int i = 0; i < FILES; i++) {
            writer.delete(DocumentIds.of(name(i)));
        }
    }

    @Test
    void aDocumentThatCannotBeWrittenFailsAloneAndLeavesNothing() throws Exception {
        List<Path> files = articles();
        var before = GraphCounts.of(driver);
        // fails in the middle of the transaction that holds name(5), whichever batch it lands in
        List<BulkLoader.FileResult> results = Collections.synchronizedList(new ArrayList<>());
        new BulkLoader(reader, extractor, new GraphWriter(driver, database, new FailingOn(name(5))), new BulkLoader.Settings(2, 2, 4))
                .load(files, results::add);

        assertThat(results).hasSize(FILES + 1);
        assertThat(results).filteredOn(BulkLoader.FileResult::failed).extracting(r -> r.file().getFileName().toString())
                .containsExactlyInAnyOrder(name(5), "broken.txt");
        assertThat(count("MATCH (d:Document) WHERE d.name STARTS WITH 'bulk-' RETURN count(d)")).isEqualTo(FILES - 1);
        assertThat(count("MATCH (d:Document {name: '" + name(5) + "'}) RETURN count(d)")).isZero();
        assertThat(count(CypherFiles.query("check/facts-without-evidence"))).isZero();
        // documents of one batch naming one place add its aliases once
        assertThat(count("MATCH (e:Entity) WHERE any(i IN range(0, size(e.aliases) - 2) WHERE e.aliases[i] IN e.aliases[i + 1..]) "
                + "RETURN count(e)")).isZero();

        // the same files one at a time, one transaction each: the same graph
        var batched = GraphCounts.of(driver);
        for (int i = 0; i < FILES; i++) {
            writer.delete(DocumentIds.of(name(i)));
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        for (int i = 0; i < FILES; i++) {
            if (i != 5) {
                writer.write(extractor.extract(reader.read(files.get(i))), files.get(i).toString());
            }
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(batched);
    }

    /** Makes the transaction that holds one particular document fail. */
    private static final class FailingOn implements GraphWriter.StatementListener {
        private final String badName;
        private final ThreadLocal<Boolean> holdsBad = ThreadLocal.withInitial(() -> false);

        FailingOn(String badName) {
            this.badName = badName;
        }

        @Override
        public void writeStarted(List<Extraction> extractions) {
            holdsBad.set(extractions.stream().anyMatch(x -> x.document().name().equals(badName)));
        }

        @Override
        public void afterStatement(String file) {
            if (holdsBad.get() && file.endsWith("merge-facts")) {
                throw new IllegalStateException("forced write failure");
            }
        }
    }

    private List<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            // invented names; the place is real so every article has a fact and a hierarchy link
            String text = "第" + i + "号甲乙科技有限公司与丙丁研究院签订战略合作协议，双方将在上海市闵行区共建实验室，闵行提供场地。";
            files.add(Files.writeString(folder.resolve(name(i)), text));
        }
        files.add(Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}));
        return files;
    }

    private static String name(int i) {
        return "bulk-" + i + ".txt";
    }

    private long count(String cypher) {
        return ((Number) scalar(cypher, Map.of())).longValue();
    }
}
