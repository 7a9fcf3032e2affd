package org.yrdkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yrdkg.graph.export.GraphMlGraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.neo4j.driver.Driver;
import org.yrdkg.ThreadOutput;
import org.yrdkg.ThreadOutput.Run;
import org.yrdkg.graph.GraphDatabase;

/**
 * {@code yrd-kg load}, {@code unload}, {@code export} and {@code corrections export/import} as a user runs them: a folder
 * with good and bad files, into the embedded Neo4j (its own throw-away data folder and free ports, set as system
 * properties the way {@code java -Dyrdkg…=… -jar} would). The application the commands use is started once, the
 * commands' own way, and lent to each ({@link YrdKgCli#run(String[], org.springframework.context.ApplicationContext)}):
 * one Neo4j start for the class instead of one per command. Those properties and System.out are the JVM's: no class
 * that reads the one or replaces the other runs beside this one (the shared service's own properties outrank them).
 */
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ_WRITE)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
@Order(2) // its lane starts it early (TwoLanes)
class LoadCommandTest {

    private static final String TEXT = "示例县与样板市签订合作协议，共建示例科创产业园。";

    @TempDir
    static Path work;

    static GraphContext graph;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createDirectories(work.resolve("neo4j"));
        System.setProperty("yrdkg.neo4j.uri", "");
        System.setProperty("yrdkg.neo4j.embedded.data-dir", data.toString());
        System.setProperty("yrdkg.neo4j.embedded.bolt-port", "0");
        System.setProperty("yrdkg.neo4j.embedded.http-port", "0");
        System.setProperty("yrdkg.neo4j.embedded.page-cache", "32m");
        graph = GraphContext.start();
    }

    @AfterAll
    static void stop() {
        if (graph != null) {
            graph.close();
        }
        for (String key : new String[] {"yrdkg.neo4j.uri", "yrdkg.neo4j.embedded.data-dir", "yrdkg.neo4j.embedded.bolt-port",
                "yrdkg.neo4j.embedded.http-port", "yrdkg.neo4j.embedded.page-cache"}) {
            System.clearProperty(key);
        }
    }

    @Test
    void loadsTheGoodFilesReportsTheBadOnesAndReloadsNothingTwice() throws IOException {
        Path folder = Files.createDirectories(work.resolve("articles/nested"));
        Files.writeString(folder.resolve("utf8.txt"), TEXT, StandardCharsets.UTF_8);
        Files.write(folder.resolve("gbk.txt"), TEXT.replace("示例县", "另一县").getBytes(Charset.forName("GBK")));
        Files.write(folder.resolve("utf16.md"), ("# 标题\n" + TEXT).getBytes(StandardCharsets.UTF_16));
        Files.writeString(folder.resolve("page.html"), "<html><body><script>x()</script><p>" + TEXT + "</p></body></html>");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("blank.txt"), " \n\t\n");
        Files.write(folder.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(folder.resolve("notes.csv"), "ignored, not a document type");

        Run first = run("load", work.resolve("articles").toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).contains("Loaded 4, unchanged 0, replaced 0, failed 3");
        assertThat(first.out()).contains("empty.txt").contains("blank.txt").contains("picture.txt");
        // one text in four copies: no document names anything another one names longer
        assertThat(first.out()).contains("Written again under their final identities: 0 documents");

        Run second = run("load", work.resolve("articles").toString());
        assertThat(second.out()).contains("Loaded 0, unchanged 4, replaced 0, failed 3");

        Run unload = run("unload", "gbk.txt");
        assertThat(unload.exit()).isZero();
        assertThat(unload.out()).contains("Removed gbk.txt");

        assertThat(documentNames()).containsExactlyInAnyOrder("utf8.txt", "utf16.md", "page.html");

        Path graphMl = work.resolve("graph.graphml");
        Run export = run("export", "--format", "graphml", graphMl.toString());
        assertThat(export.exit()).isZero();
        var read = GraphMlGraph.read(Files.newInputStream(graphMl));
        assertThat(read.graph().vertexSet()).isNotEmpty();
        assertThat(export.out()).contains("Exported " + read.graph().vertexSet().size() + " entities and "
                + read.graph().edgeSet().size() + " facts");
    }

    @Test
    void correctionsGoToAFileAndComeBackFromIt() throws IOException {
        Path in = work.resolve("corrections-in.jsonl");
        String line = "{\"id\":\"corr-cli-1\",\"kind\":\"add-alias\",\"who\":\"analyst\",\"when\":\"2026-01-01T00:00:00.000Z\","
                + "\"why\":\"a short form\",\"arguments\":{\"entity\":\"Park:示例科创产业园\",\"alias\":\"示例园\"},\"reverted\":false}";
        Files.writeString(in, line + "\n", StandardCharsets.UTF_8);
        Run imported = run("corrections", "import", in.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("Imported 1 corrections");

        Path out = work.resolve("corrections-out.jsonl");
        Run exported = run("corrections", "export", out.toString());
        assertThat(exported.exit()).isZero();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(json.readTree(lines.get(0))).isEqualTo(json.readTree(line));
    }

    private static Run run(String... args) {
        return ThreadOutput.capture(() -> YrdKgCli.run(args, graph.application()));
    }

    /** Reads the store, apart from the commands. */
    private static java.util.List<String> documentNames() {
        try (var session = graph.getBean(Driver.class).session(graph.getBean(GraphDatabase.class).readSessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN d.name AS name").list(r -> r.get("name").asString()));
        }
    }
}
