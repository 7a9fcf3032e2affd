package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/yrd-kg.jar} as users start the service (run after {@code package}, by the surefire
 * execution {@code packaged-jar}): the jar's JVM relaunches the service in a child JVM with the service's
 * flags from the unpacked jar, the service answers, and SIGTERM to the launcher stops both cleanly with exit
 * code 0, leaving no temporary folder behind. Without the class-data archive (writing it at exit costs tens
 * of CPU-seconds; the bench's start-up phase measures starts with it) and without the seeds.
 */
class ServiceLauncherIT {

    private static final Path JAR = Path.of("target/yrd-kg.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void theRelaunchedServiceAnswersAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        assertThat(JAR).as("the packaged jar (this test runs after package)").isRegularFile();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path launch = dir.resolve("launch");
        Path output = dir.resolve("service.log"); // a file: destroy() would close the child's pipes
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp,
                "-D" + LaunchCache.DIR_PROPERTY + "=" + launch, "-D" + LaunchPlan.ARCHIVE_SWITCH + "=off",
                "-jar", JAR.toString(), "--yrdkg.neo4j.uri=", "--yrdkg.neo4j.embedded.data-dir=" + dir.resolve("data"),
                "--yrdkg.neo4j.embedded.bolt-port=0", "--yrdkg.neo4j.embedded.http-port=0",
                "--yrdkg.neo4j.embedded.page-cache=64m", "--server.port=" + port, "--server.address=localhost",
                "--yrdkg.seeds.load-on-startup=false", "--yrdkg.warm-up.enabled=false")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        LaunchPlan.CONSUMED_ENVIRONMENT.forEach(builder.environment()::remove);
        builder.environment().remove(LaunchPlan.SWITCH_ENV);
        Process launcher = builder.start();
        try {
            awaitStats(port, launcher, output);
            List<ProcessHandle> children = launcher.children().toList();
            assertThat(children).as("one child JVM").hasSize(1);
            String childCommand = String.join(" ", children.get(0).info().arguments().map(List::of).orElse(List.of()));
            assertThat(childCommand).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dyrdkg.launcher=off")
                    .contains(launch.toString()).doesNotContain("SharedArchiveFile", "ArchiveClassesAtExit");

            launcher.destroy(); // SIGTERM to the launcher, as a service manager sends it
            assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
            assertThat(children.get(0).isAlive()).as("the service's JVM ended with it").isFalse();
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        String log = Files.readString(output);
        assertThat(launcher.exitValue()).as(log).isZero();
        assertThat(log).contains("Shutting down embedded Neo4j");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("temporary folders left behind").noneMatch(name -> name.contains("-spring-boot-libs-"));
        }
    }

    private static void awaitStats(int port, Process launcher, Path output) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest stats = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stats"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(launcher.isAlive()).as("the launcher is running: " + Files.readString(output)).isTrue();
            try {
                if (client.send(stats, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answer from /api/stats within " + START_TIMEOUT + ": " + Files.readString(output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        }
    }
}
