package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The documented launch ({@code src/main/sh/yrd-kg-cds.sh}) passes JVM flags that this Java accepts and that
 * take effect: C1 only, the serial collector, a 512 MiB heap; and a flag in {@code JAVA_OPTS} wins over the
 * script's own (a bulk load's larger heap). Only the flags are checked here (a start costs minutes of CPU; the
 * bench's start-up phase measures the launch itself).
 */
class LauncherFlagsTest {

    private static final String SCRIPT = "src/main/sh/yrd-kg-cds.sh";

    @Test
    void theScriptsFlagsTakeEffect() throws Exception {
        String flags = run(Map.of(), "sh", SCRIPT, "--jvm-flags");
        String effective = effective(flags);
        assertThat(effective).containsPattern("TieredStopAtLevel\\s+= 1\\s")
                .containsPattern("UseSerialGC\\s+= true\\s")
                .containsPattern("MaxHeapSize\\s+= " + (512L << 20) + "\\s");
    }

    @Test
    void javaOptsComeAfterTheScriptsFlags() throws Exception {
        String flags = run(Map.of("JAVA_OPTS", "-Xmx1g"), "sh", SCRIPT, "--jvm-flags");
        assertThat(effective(flags)).containsPattern("MaxHeapSize\\s+= " + (1L << 30) + "\\s")
                .containsPattern("TieredStopAtLevel\\s+= 1\\s");
    }

    /** The JVM's final flag values with these flags (fails if this Java refuses any of them). */
    private static String effective(String flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(Arrays.stream(flags.strip().split("\\s+")).toList());
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        return run(Map.of(), command.toArray(String[]::new));
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("YRDKG_JVM_FLAGS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
