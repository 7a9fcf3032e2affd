package org.yrdkg.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.DocumentLoader;

/**
 * Identity across documents over the real development corpus ({@code ../shared/eval/dev/}, read from
 * there, never copied) loaded beside the seeds: one node per real thing, no node for two, and the same
 * graph whatever order the documents arrive in. Skipped where the corpus is absent.
 */
class DevCorpusIdentityTest extends EmbeddedGraphTest {

    private static final Path DEV = Path.of("../shared/eval/dev");

    @Autowired
    DocumentLoader loader;

    @Test
    void oneNodePerGoldEntityAndTheSameGraphInAnyOrder() throws IOException {
        assumeTrue(Files.isDirectory(DEV.resolve("docs")), "no development corpus at " + DEV);
        List<Path> docs;
        try (Stream<Path> files = Files.list(DEV.resolve("docs"))) {
            docs = new ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
        try {
            load(docs);
            IdentityReport report = IdentityReport.of(driver, org.neo4j.driver.SessionConfig.defaultConfig(), List.of(DEV.resolve("gold"), Path.of("seeds/gold")));
            System.out.println(report);
            assertThat(report.goldEntities()).isGreaterThan(10);
            assertThat(report.falseMerges()).as(report.toString()).isEmpty();
            assertThat(report.duplicateRate()).as(report.toString()).isLessThanOrEqualTo(0.03);

            GraphSnapshot first = GraphSnapshot.of(driver);
            unload(docs);
            Collections.reverse(docs);
            Collections.swap(docs, 0, docs.size() / 2);
            load(docs);
            GraphSnapshot second = GraphSnapshot.of(driver);
            assertThat(second.entities()).isEqualTo(first.entities());
            assertThat(second.facts()).isEqualTo(first.facts());
        } finally {
            unload(docs);
        }
    }

    private void load(List<Path> docs) throws IOException {
        for (Path f : docs) {
            loader.load(f.getFileName().toString(), Files.readAllBytes(f), "dev");
        }
    }

    private void unload(List<Path> docs) {
        for (Path f : docs) {
            loader.unload(DocumentIds.of(f.getFileName().toString()));
        }
    }

    /** Entities (id, type, name, sorted aliases) and facts (id, ends, counts), sorted. */
    record GraphSnapshot(List<String> entities, List<String> facts) {

        static GraphSnapshot of(org.neo4j.driver.Driver driver) {
            try (var session = driver.session()) {
                return session.executeRead(tx -> new GraphSnapshot(
                        tx.run("""
                                MATCH (e:Entity)
                                RETURN e.id + ' ' + [l IN labels(e) WHERE l <> 'Entity'][0] + ' ' + e.name + ' '
                                       + reduce(s = '', a IN coalesce(e.aliases, []) | s + '|' + a) AS row""")
                                .list(r -> r.get("row").asString()).stream().map(GraphSnapshot::sortAliases).sorted().toList(),
                        tx.run("""
                                MATCH (a:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
                                RETURN r.id + ' ' + a.id + '>' + b.id + ' ' + r.mentions + '/' + r.documentCount
                                       + ' ' + coalesce(r.project, '') AS row""")
                                .list(r -> r.get("row").asString()).stream().sorted().toList()));
            }
        }

        private static String sortAliases(String row) {
            int at = row.indexOf('|');
            if (at < 0) {
                return row;
            }
            List<String> aliases = new ArrayList<>(List.of(row.substring(at + 1).split("\\|")));
            Collections.sort(aliases);
            return row.substring(0, at) + String.join("|", aliases);
        }
    }
}
