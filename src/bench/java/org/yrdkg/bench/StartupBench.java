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
 * Phase 4: the service as users start it — {@code java -jar target/yrd-kg.jar}, whose JVM relaunches the
 * service in a child JVM with the service's flags and class-data archive — from launch to the first answered
 * {@code /api/stats}; the CPU time and resident memory then (VmRSS) of the launcher's JVM and the service's
 * together, and their peak (VmHWM). First the first run of this build (it unpacks the jar and writes the
 * archive when it stops: that stop is timed too), then a first start on an empty data folder and a restart,
 * with the archive. With a baseline jar (an earlier build) every start is measured for it too, on its own
 * data folder, each right after ours, so both see the same machine load.
 */
final class StartupBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Issue 13's targets: restart with the seeds loaded, first start that loads them, resident memory. */
    static final double RESTART_TARGET_SECONDS = 10;
    static final double FIRST_START_TARGET_SECONDS = 12;
    static final long RSS_TARGET_BYTES = 700L << 20;

    /**
     * One start: seconds to the first answer, the CPU time the processes used until then (user + system, all
     * threads of the launcher and the service: on a loaded machine a steadier comparison than the seconds),
     * resident memory then and at its peak (both JVMs), the launcher's own share of it, and how long the stop took.
     */
    record Start(double seconds, double cpuSeconds, long rssBytes, long peakRssBytes, long launcherRssBytes,
                 double stopSeconds, String command) {
    }

    private final Path jar;
    private final Path baselineJar;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** @param baselineJar the earlier build to measure beside it, or null */
    StartupBench(Path jar, Path baselineJar) {
        this.jar = jar;
        this.baselineJar = baselineJar;
    }

    /**
     * The first run of this build on an empty data folder (no archive yet), then the first start on another
     * empty one (it loads the seed articles) and a restart on it (the seeds already there), for this jar and
     * the baseline. The launcher's folder (the unpacked jar, the archive) is the bench's own.
     */
    void firstStartAndRestart(Path dir, Path seeds, BenchResults results) throws Exception {
        Path launch = dir.resolve("startup-launch");
        Start newBuild = start(jar, Files.createDirectories(dir.resolve("startup-new-build")), seeds, launch);
        // no target: the first start is a start of a build that ran before, on an empty data folder
        record(results, "first run of this build (unpacks the jar; writes the class-data archive at its stop)",
                newBuild, null, Double.NaN);
        results.row("start-up, first run of this build", "stop (writing the archive)", Format.seconds(newBuild.stopSeconds()));
        Path ours = Files.createDirectories(dir.resolve("startup-ours"));
        Path theirs = baselineJar == null ? null : Files.createDirectories(dir.resolve("startup-baseline"));
        compare("first start (loads the seeds)", ours, theirs, seeds, launch, FIRST_START_TARGET_SECONDS, results);
        compare("restart (seeds loaded)", ours, theirs, seeds, launch, RESTART_TARGET_SECONDS, results);
    }

    /** A start on a graph another phase loaded (seeds off), beside the baseline on the same files afterwards. */
    void onGraph(String label, Path graph, BenchResults results) throws Exception {
        compare(label, graph, baselineJar == null ? null : graph, null, graph.resolveSibling("startup-launch"),
                Double.NaN, results);
    }

    private void compare(String label, Path ourData, Path baselineData, Path seeds, Path launch, double targetSeconds,
                         BenchResults results) throws Exception {
        Start ours = start(jar, ourData, seeds, launch);
        Start baseline = baselineData == null ? null : start(baselineJar, baselineData, seeds, launch);
        record(results, label, ours, baseline, targetSeconds);
    }

    private void record(BenchResults results, String label, Start ours, Start baseline, double targetSeconds) {
        String phase = "start-up, " + label;
        String target = Double.isNaN(targetSeconds) ? "" : "≤ " + Format.seconds(targetSeconds);
        results.add(new BenchResults.Row(phase, "launch → first /api/stats", Format.seconds(ours.seconds()),
                baseline == null ? "" : Format.seconds(baseline.seconds()),
                baseline == null ? "" : Format.ratio(baseline.seconds(), ours.seconds()), target,
                target.isEmpty() ? null : ours.seconds() <= targetSeconds));
        results.add(new BenchResults.Row(phase, "CPU time until then (user + system, both JVMs)",
                Format.seconds(ours.cpuSeconds()), baseline == null ? "" : Format.seconds(baseline.cpuSeconds()),
                baseline == null ? "" : Format.ratio(baseline.cpuSeconds(), ours.cpuSeconds()), "", null));
        results.add(new BenchResults.Row(phase, "resident memory then (VmRSS, both JVMs)", Format.mib(ours.rssBytes())
                + " (launcher " + Format.mib(ours.launcherRssBytes()) + ")",
                baseline == null ? "" : Format.mib(baseline.rssBytes()), "", "≤ " + Format.mib(RSS_TARGET_BYTES),
                ours.rssBytes() <= RSS_TARGET_BYTES));
        results.row(phase, "peak resident memory (VmHWM, both JVMs)", Format.mib(ours.peakRssBytes()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ours", ours);
        if (baseline != null) {
            json.put("baseline", baseline);
        }
        results.section("startup").put(label, json);
    }

    private Start start(Path jarFile, Path dataDir, Path seeds, Path launch) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("yrdkg-bench-startup", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jarFile.toAbsolutePath().toString()));
        command.addAll(List.of("--yrdkg.neo4j.uri=", "--yrdkg.neo4j.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--yrdkg.neo4j.embedded.bolt-port=0", "--yrdkg.neo4j.embedded.http-port=0",
                "--server.port=" + port, "--server.address=localhost"));
        command.addAll(seeds == null ? List.of("--yrdkg.seeds.load-on-startup=false")
                : List.of("--yrdkg.seeds.dir=" + seeds.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("YRDKG_LAUNCHER_DIR", launch.toAbsolutePath().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        Start start;
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
            List<ProcessHandle> jvms = new ArrayList<>(List.of(process.toHandle()));
            jvms.addAll(process.descendants().toList());
            double cpu = 0;
            long rss = 0;
            long peak = 0;
            for (ProcessHandle jvm : jvms) {
                cpu += cpuSeconds(jvm.pid());
                rss += status(jvm.pid(), "VmRSS:");
                peak += status(jvm.pid(), "VmHWM:");
            }
            long launcherRss = jvms.size() > 1 ? status(process.pid(), "VmRSS:") : 0;
            long stopping = System.nanoTime();
            stop(process);
            start = new Start(seconds, cpu, rss, peak, launcherRss, (System.nanoTime() - stopping) / 1e9,
                    String.join(" ", command));
        } finally {
            stop(process);
        }
        Files.deleteIfExists(log);
        return start;
    }

    /** SIGTERM, then the wait for a clean end (a first run writes its archive then). */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
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

    /** A size line of /proc/PID/status in bytes (Linux), 0 when absent. */
    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
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
