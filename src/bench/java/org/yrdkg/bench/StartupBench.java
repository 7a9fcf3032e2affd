package org.yrdkg.bench;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Phase 4: the service as users start it — {@code java -Xmx1g -jar target/yrd-kg.jar} (the heap
 * {@code spring-boot:run} gives it) as a child process — from launch to the first answered
 * {@code /api/stats}, and the process's peak resident memory then (VmHWM).
 */
final class StartupBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path jar;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    StartupBench(Path jar) {
        this.jar = jar;
    }

    void run(String label, Path dataDir, BenchResults results) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("yrdkg-bench-startup", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                "--yrdkg.neo4j.uri=", "--yrdkg.neo4j.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--yrdkg.neo4j.embedded.bolt-port=0", "--yrdkg.neo4j.embedded.http-port=0",
                "--server.port=" + port, "--server.address=localhost", "--yrdkg.seeds.load-on-startup=false"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpRequest stats = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stats"))
                    .timeout(Duration.ofSeconds(30)).build();
            while (!answered(stats)) {
                if (!process.isAlive() || System.nanoTime() - started > TIMEOUT.toNanos()) {
                    throw new IllegalStateException("the service did not answer /api/stats; its log: " + log);
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long peakRss = vmHwm(process.pid());
            String phase = "start-up, " + label;
            results.row(phase, "launch → first /api/stats", Format.seconds(seconds));
            results.row(phase, "peak resident memory (VmHWM)", Format.mib(peakRss));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", String.join(" ", command));
            json.put("seconds", seconds);
            json.put("vmHwmBytes", peakRss);
            results.section("startup").put(label, json);
            Files.deleteIfExists(log);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean answered(HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Peak resident set size of a process, from /proc (Linux). */
    static long vmHwm(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        }
    }
}
