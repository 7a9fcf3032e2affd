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
 * Phase 4: the service as users start it — plain {@code java -jar target/yrd-kg.jar} and the documented
 * launch script ({@code src/main/sh/yrd-kg-cds.sh}: its JVM flags and class-data archive) as a child process —
 * from launch to the first answered {@code /api/stats}, and the process's resident memory then (VmRSS) and
 * its peak (VmHWM). With a baseline jar (an earlier build) every start is measured for it too, on its own
 * copy of the same data, in the same run, so both see the same machine load; the script launches either jar
 * ({@code YRDKG_JAR}), each with an archive of its own, trained before the clock starts.
 */
final class StartupBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Issue 13's targets: restart with the seeds loaded, first start that loads them, resident memory. */
    static final double RESTART_TARGET_SECONDS = 10;
    static final double FIRST_START_TARGET_SECONDS = 12;
    static final long RSS_TARGET_BYTES = 700L << 20;

    /**
     * One start: seconds to the first answer, the CPU time the process used until then (user + system, all
     * threads: on a loaded machine a steadier comparison than the seconds), resident memory then and at its peak.
     */
    record Start(double seconds, double cpuSeconds, long rssBytes, long peakRssBytes, String command) {
    }

    private final Path jar;
    private final Path baselineJar;
    private final Path launcher;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param baselineJar the earlier build to measure beside it, or null
     * @param launcher    the launch script to measure beside plain {@code java -jar}, or null
     */
    StartupBench(Path jar, Path baselineJar, Path launcher) {
        this.jar = jar;
        this.baselineJar = baselineJar;
        this.launcher = launcher;
    }

    /** How a start is launched: plain {@code java -jar}, or the script with its archive folder for each jar. */
    private record Launch(String label, Path script, Path archives) {

        List<String> command(Path jarFile) {
            return script == null ? List.of(javaBinary(), "-jar", jarFile.toAbsolutePath().toString())
                    : List.of("sh", script.toAbsolutePath().toString());
        }

        /** The script's jar, archive folder and java binary; nothing for plain java -jar. */
        void environment(Path jarFile, Map<String, String> env) {
            if (script != null) {
                env.put("YRDKG_JAR", jarFile.toAbsolutePath().toString());
                env.put("YRDKG_CDS_DIR", archives.resolve(jarFile.getFileName() + "-" + Integer.toHexString(
                        jarFile.toAbsolutePath().hashCode())).toString());
                env.put("JAVA", javaBinary());
            }
        }
    }

    private List<Launch> launches(Path dir) {
        List<Launch> launches = new ArrayList<>(List.of(new Launch("", null, null)));
        if (launcher != null) {
            launches.add(new Launch(" with " + launcher.getFileName(), launcher, dir.resolve("startup-archives")));
        }
        return launches;
    }

    /**
     * The first start on an empty data folder (it loads the seed articles), then a restart on it (the seeds
     * already there), for this jar and the baseline.
     */
    void firstStartAndRestart(Path dir, Path seeds, BenchResults results) throws Exception {
        for (Launch launch : launches(dir)) {
            String name = launch.script() == null ? "" : "-script";
            Path ours = Files.createDirectories(dir.resolve("startup-ours" + name));
            Path theirs = baselineJar == null ? null : Files.createDirectories(dir.resolve("startup-baseline" + name));
            if (launch.script() != null) {
                prepare(launch, jar);
                if (baselineJar != null) {
                    prepare(launch, baselineJar);
                }
            }
            compare(launch, "first start (loads the seeds)", ours, theirs, seeds, FIRST_START_TARGET_SECONDS, results);
            compare(launch, "restart (seeds loaded)", ours, theirs, seeds, RESTART_TARGET_SECONDS, results);
        }
    }

    /** A start on a graph another phase loaded (seeds off), beside the baseline on the same files afterwards. */
    void onGraph(String label, Path graph, BenchResults results) throws Exception {
        compare(launches(graph).get(0), label, graph, baselineJar == null ? null : graph, null, Double.NaN, results);
    }

    /** The script's once-per-build work (extract the jar, train the archive), before the clock starts. */
    private void prepare(Launch launch, Path jarFile) throws Exception {
        List<String> command = new ArrayList<>(launch.command(jarFile));
        command.add("--prepare");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        launch.environment(jarFile, builder.environment());
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed for " + jarFile);
        }
        System.err.printf("%s --prepare for %s: %.1f s%n", launch.script(), jarFile, (System.nanoTime() - started) / 1e9);
    }

    private void compare(Launch launch, String label, Path ourData, Path baselineData, Path seeds, double targetSeconds,
                         BenchResults results) throws Exception {
        Start ours = start(launch, jar, ourData, seeds);
        Start baseline = baselineData == null ? null : start(launch, baselineJar, baselineData, seeds);
        String phase = "start-up" + launch.label() + ", " + label;
        String target = Double.isNaN(targetSeconds) ? "" : "≤ " + Format.seconds(targetSeconds);
        results.add(new BenchResults.Row(phase, "launch → first /api/stats", Format.seconds(ours.seconds()),
                baseline == null ? "" : Format.seconds(baseline.seconds()),
                baseline == null ? "" : Format.ratio(baseline.seconds(), ours.seconds()), target,
                target.isEmpty() ? null : ours.seconds() <= targetSeconds));
        results.add(new BenchResults.Row(phase, "CPU time until then (user + system)", Format.seconds(ours.cpuSeconds()),
                baseline == null ? "" : Format.seconds(baseline.cpuSeconds()),
                baseline == null ? "" : Format.ratio(baseline.cpuSeconds(), ours.cpuSeconds()), "", null));
        results.add(new BenchResults.Row(phase, "resident memory then (VmRSS)", Format.mib(ours.rssBytes()),
                baseline == null ? "" : Format.mib(baseline.rssBytes()), "", "≤ " + Format.mib(RSS_TARGET_BYTES),
                ours.rssBytes() <= RSS_TARGET_BYTES));
        results.row(phase, "peak resident memory (VmHWM)", Format.mib(ours.peakRssBytes()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ours", ours);
        if (baseline != null) {
            json.put("baseline", baseline);
        }
        results.section("startup").put(launch.label().strip() + (launch.script() == null ? "" : ": ") + label, json);
    }

    private Start start(Launch launch, Path jarFile, Path dataDir, Path seeds) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("yrdkg-bench-startup", ".log");
        List<String> command = new ArrayList<>(launch.command(jarFile));
        command.addAll(List.of("--yrdkg.neo4j.uri=", "--yrdkg.neo4j.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--yrdkg.neo4j.embedded.bolt-port=0", "--yrdkg.neo4j.embedded.http-port=0",
                "--server.port=" + port, "--server.address=localhost"));
        command.addAll(seeds == null ? List.of("--yrdkg.seeds.load-on-startup=false")
                : List.of("--yrdkg.seeds.dir=" + seeds.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        launch.environment(jarFile, builder.environment());
        long started = System.nanoTime();
        Process process = builder.start();
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
            Start start = new Start(seconds, cpuSeconds(process.pid()), status(process.pid(), "VmRSS:"),
                    status(process.pid(), "VmHWM:"), String.join(" ", command));
            Files.deleteIfExists(log);
            return start;
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

    /** User and system CPU time of a process so far, from /proc/PID/stat (Linux; clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime: fields 14, 15
    }

    /** A size line of /proc/PID/status in bytes (Linux), -1 when absent. */
    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
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
