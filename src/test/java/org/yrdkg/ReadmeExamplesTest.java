package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yrdkg.cli.YrdKgCli;
import org.yrdkg.graph.DocumentIds;
import org.yrdkg.graph.server.EmbeddedNeo4jServer;

/**
 * Every command line of README.md's {@code bash}/{@code sh} blocks, run against the running service, so
 * the README cannot drift from the product: each {@code curl} line is sent as curl would send it (method,
 * headers, body, form upload, user) and must answer 2xx with a body; the command-line tools
 * run in-process and must succeed with output: the offline ones ({@code extract}, {@code eval}, {@code credentials})
 * on their own, those that use the graph ({@code identity-report}, {@code corrections}) on this service's. The
 * rest is named here with the reason it does not run (a build, a long corpus, a store of a stopped
 * service); a line this test does not know fails it, so a new example gets classified.
 *
 * <p>The README's placeholders, filled in as a user would: {@code article.txt} (an article this test
 * writes, with invented names), {@code doc-0123456789abcdef} (that article's document id), {@code PASSWORD}
 * (the embedded Neo4j's password), {@code /srv/yrdkg/neo4j} (the service's data folder). Writes carry the
 * test service's write token.
 */
@Order(4) // its lane starts it early (TwoLanes)
@ResourceLock(EmbeddedGraphTest.SHARED_GRAPH)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE) // replaced for the in-process commands (ThreadOutput)
class ReadmeExamplesTest extends EmbeddedGraphTest {

    private static final Path README = Path.of("README.md");
    private static final String SERVICE = "http://localhost:8080";
    private static final String NEO4J_HTTP = "http://localhost:7474";
    private static final String JAR = "java -jar target/yrd-kg.jar ";
    private static final String DOCUMENT_ID = "doc-0123456789abcdef";
    /** An invented article for the upload examples: made-up places and companies, no real text. */
    private static final String ARTICLE = """
            青禾市与白鹭县签署合作协议

            2026年3月1日，青禾市与白鹭县签署长三角一体化合作框架协议，双方将共建青禾白鹭产业园。
            青禾新材料科技有限公司投资5亿元在白鹭县建设新材料项目。
            """;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Lines that do not run here, by how they start, with the reason. */
    private static final List<String[]> NOT_RUN = List.of(
            new String[] {"./mvnw ", "a Maven build (the build running this test)"},
            new String[] {"NEO4J_URI=", "an external Neo4j server"},
            new String[] {"NEO4J_PASSWORD=change-me docker compose", "Docker (validated by docker-compose config)"},
            new String[] {"java -Xmx1g -jar target/yrd-kg.jar gen-corpus", "a long corpus (BenchSmokeTest runs a small one)"},
            new String[] {"java -Xmx1g -jar target/yrd-kg.jar bench", "minutes of benchmark (BenchSmokeTest runs a small one)"},
            new String[] {JAR + "export ", "the store of a stopped service (ExportTest runs the same export)"},
            new String[] {JAR + "load ", "the store of a stopped service (LoadCommandTest)"},
            new String[] {JAR + "unload ", "the store of a stopped service (LoadCommandTest)"});

    /** Lines that do not run here, by what they contain, with the reason. */
    private static final List<String[]> NOT_RUN_CONTAINING = List.of(
            new String[] {"/api/corrections -d", "a correction changes the graph the other tests share (CorrectionsTest sends the same kinds)"},
            new String[] {"/api/corrections/corr-…", "an example correction id (CorrectionsTest and CorrectionRequestsTest read and revert real ones)"});

    @Autowired
    EmbeddedNeo4jServer neo4j;

    @Autowired
    ApplicationContext application;

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
        Path workDir = Files.createTempDirectory("yrdkg-readme");
        Files.writeString(workDir.resolve("article.txt"), ARTICLE);
        List<List<String>> commands = ShellLines.commands(Files.readString(README));
        assertThat(commands).as("command lines in README.md").hasSizeGreaterThan(20);
        return commands.stream().map(words -> DynamicTest.dynamicTest(String.join(" ", words),
                () -> run(words, workDir)));
    }

    private void run(List<String> words, Path workDir) throws Exception {
        String line = String.join(" ", words);
        for (String[] notRun : NOT_RUN) {
            assumeTrue(!line.startsWith(notRun[0]), "not run here: " + notRun[1]);
        }
        for (String[] notRun : NOT_RUN_CONTAINING) {
            assumeTrue(!line.contains(notRun[0]), "not run here: " + notRun[1]);
        }
        if (words.get(0).equals("curl")) {
            curl(words.subList(1, words.size()), workDir);
        } else if (line.startsWith(JAR)) {
            cli(words.subList(3, words.size()));
        } else if (line.startsWith("python3 ../shared/eval/score.py")) {
            score(words, workDir);
        } else {
            fail("README line not known to ReadmeExamplesTest (run it there or say why not): " + line);
        }
    }

    private void curl(List<String> args, Path workDir) throws Exception {
        String method = null;
        String url = null;
        byte[] body = null;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-H" -> headers.add(args.get(++i));
                case "-d", "--data-binary" -> body = data(args.get(++i), workDir);
                case "-X" -> method = args.get(++i);
                case "-o" -> i++; // the body is checked here instead of written
                case "-u" -> headers.add("Authorization: Basic " + Base64.getEncoder().encodeToString(
                        args.get(++i).replace("PASSWORD", neo4j.credentials().password()).getBytes(StandardCharsets.UTF_8)));
                case "-F" -> {
                    String boundary = "readme-example-boundary";
                    body = form(args.get(++i), boundary, workDir);
                    headers.add("Content-Type: multipart/form-data; boundary=" + boundary);
                }
                default -> {
                    assertThat(arg).as("curl option this test does not know").doesNotStartWith("-");
                    url = arg;
                }
            }
        }
        if (body != null && headers.stream().noneMatch(h -> h.toLowerCase().startsWith("content-type:"))) {
            headers.add("Content-Type: application/x-www-form-urlencoded"); // curl's default for -d
        }
        method = method != null ? method : body != null ? "POST" : "GET";
        var request = HttpRequest.newBuilder(URI.create(address(url))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        if (!method.equals("GET") && url.startsWith(SERVICE + "/api/documents")) {
            request.header(AUTH[0], AUTH[1]);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as("status of %s %s: %s", method, url, answer).isBetween(200, 299);
        if (response.statusCode() != 204) {
            assertThat(response.body()).as("body of %s %s", method, url).isNotEmpty();
        }
    }

    /** The README's address with the test service's ports, the placeholder id filled, non-ASCII percent-encoded. */
    private String address(String url) {
        String real = url.replace(SERVICE, "http://localhost:" + port).replace(NEO4J_HTTP, neo4j.httpUri().toString())
                .replace(DOCUMENT_ID, DocumentIds.of("article.txt"));
        StringBuilder out = new StringBuilder();
        real.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }

    private static byte[] data(String value, Path workDir) throws IOException {
        return value.startsWith("@") ? Files.readAllBytes(workDir.resolve(value.substring(1)))
                : value.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code -F name=@file}: one file part, as curl sends it. */
    private static byte[] form(String field, String boundary, Path workDir) throws IOException {
        String name = field.substring(0, field.indexOf('='));
        String file = field.substring(field.indexOf("=@") + 2);
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + file + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(workDir.resolve(file)));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A command-line tool in-process: exit 0 and output. {@code > FILE} keeps the output for later lines. */
    private void cli(List<String> words) throws IOException {
        List<String> args = new ArrayList<>();
        Path redirect = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(">")) {
                redirect = Path.of("target", "readme-examples", words.get(++i));
            } else if (word.contains("*")) {
                args.addAll(glob(word));
            } else {
                args.add(word.equals("/srv/yrdkg/neo4j") ? dataDir() : word);
            }
        }
        if (args.get(0).equals("credentials") && !args.contains("--data-dir")) {
            args.addAll(List.of("--data-dir", dataDir())); // where this service keeps its password
        }
        // a command that uses the graph (identity-report, corrections) uses this service's, as it would the
        // store of a stopped service: no second Neo4j start, and nothing written to ./data
        ThreadOutput.Run run = ThreadOutput.capture(() -> YrdKgCli.run(args.toArray(String[]::new), application));
        int exit = run.exit();
        String output = run.out();
        assertThat(exit).as("exit of %s: %s", args, output).isZero();
        assertThat(output).as("output of %s", args).isNotBlank();
        if (redirect != null) {
            Files.createDirectories(redirect.getParent());
            Files.writeString(redirect, output);
        }
    }

    private static List<String> glob(String pattern) throws IOException {
        Path dir = Path.of(pattern).getParent();
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(matcher::matches).map(Path::toString).sorted().toList();
        }
    }

    /** The reference scorer on what {@code extract} wrote, where the shared scorer and Python are present. */
    private static void score(List<String> words, Path workDir) throws Exception {
        Path scorer = Path.of(words.get(1));
        assumeTrue(Files.isRegularFile(scorer), "no " + scorer + " here");
        Path predictions = Path.of("target", "readme-examples", words.get(3));
        assumeTrue(Files.isRegularFile(predictions), "the extract example did not run first");
        Process process;
        try {
            process = new ProcessBuilder("python3", scorer.toString(), words.get(2), predictions.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noPython) {
            assumeTrue(false, "no python3 here");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("score.py: %s", output).isZero();
        assertThat(output).isNotBlank();
    }

    private static String dataDir() {
        return DATA_DIR.toString();
    }
}
