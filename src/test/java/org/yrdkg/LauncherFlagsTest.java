package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The service launcher's decisions ({@link LaunchPlan}): which starts run in a child JVM (the service from the
 * packaged jar) and which stay (a command-line tool, a start from classes as in tests, an attached agent, the
 * switch turned off), and the child's flags: accepted by this Java, in effect (C1 only, the serial collector,
 * a 512 MiB heap), with the user's own JVM options after them so that they win. The relaunch itself, from the
 * packaged jar, is {@code ServiceLauncherIT}'s.
 */
class LauncherFlagsTest {

    private static final String NESTED = "jar:nested:/srv/yrd-kg.jar/!BOOT-INF/classes/!/";
    private static final String JAR = "/srv/yrd-kg.jar";
    private static final UnaryOperator<String> NO_PROPERTIES = name -> null;

    @Test
    void theServiceFromThePackagedJarIsRelaunched() {
        assertThat(whyNot(new String[0])).isNull();
        assertThat(whyNot(new String[] {"--server.port=9000", "--yrdkg.seeds.load-on-startup=false"})).isNull();
    }

    @Test
    void commandLineToolsRunInThisJvm() {
        for (String command : List.of("extract", "load", "export", "unload", "--help", "--version")) {
            assertThat(whyNot(new String[] {command})).as(command).isEqualTo("a command-line tool");
        }
    }

    @Test
    void startsFromClassesRunInThisJvm() {
        // tests, spring-boot:run and IDEs load the classes from a folder; the extracted layout's child from a plain jar
        assertThat(LaunchPlan.whyNot(new String[0], NO_PROPERTIES, Map.of(), List.of(), "file:/work/target/classes/",
                "/work/target/classes:/work/lib/a.jar")).startsWith("not started with java -jar");
        assertThat(LaunchPlan.whyNot(new String[0], NO_PROPERTIES, Map.of(), List.of(), "file:/cache/yrd-kg.jar",
                "/cache/yrd-kg.jar")).startsWith("not started with java -jar");
    }

    @Test
    void theSwitchTurnsItOffByPropertyOrEnvironment() {
        assertThat(LaunchPlan.whyNot(new String[0], name -> name.equals(LaunchPlan.SWITCH) ? "off" : null, Map.of(),
                List.of(), NESTED, JAR)).startsWith("turned off");
        assertThat(LaunchPlan.whyNot(new String[0], NO_PROPERTIES, Map.of(LaunchPlan.SWITCH_ENV, "false"), List.of(),
                NESTED, JAR)).startsWith("turned off");
        // the property wins over the environment
        assertThat(LaunchPlan.whyNot(new String[0], name -> name.equals(LaunchPlan.SWITCH) ? "on" : null,
                Map.of(LaunchPlan.SWITCH_ENV, "off"), List.of(), NESTED, JAR)).isNull();
        assertThat(LaunchPlan.off(NO_PROPERTIES, Map.of(LaunchPlan.ARCHIVE_SWITCH_ENV, "off"),
                LaunchPlan.ARCHIVE_SWITCH, LaunchPlan.ARCHIVE_SWITCH_ENV)).isTrue();
    }

    @Test
    void anAttachedAgentKeepsTheServiceInThisJvm() {
        assertThat(LaunchPlan.whyNot(new String[0], NO_PROPERTIES, Map.of(),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), NESTED, JAR)).startsWith("an agent");
    }

    @Test
    void theChildRunsTheJarWithTheServiceFlagsThenTheArchiveThenTheUsersOwn() {
        List<String> command = LaunchPlan.command(Path.of("/jdk/bin/java"), List.of("-Xmx1g", "-Dx=1"),
                "-XX:SharedArchiveFile=/c/yrd-kg.jsa", Path.of("/c"), Path.of("/c/yrd-kg.jar"),
                new String[] {"--server.port=9000"});
        assertThat(command).startsWith("/jdk/bin/java").endsWith("-jar", "/c/yrd-kg.jar", "--server.port=9000");
        assertThat(command.indexOf("-Xmx1g")).isGreaterThan(command.indexOf("-Xmx512m"))
                .isGreaterThan(command.indexOf("-XX:ArchiveRelocationMode=0"));
        assertThat(command).contains("-D" + LaunchPlan.SWITCH + "=off", "-XX:SharedArchiveFile=/c/yrd-kg.jsa",
                "-D" + LaunchPlan.FOLDER + "=/c");
        assertThat(LaunchPlan.command(Path.of("java"), List.of(), null, null, Path.of("x.jar"), new String[0]))
                .noneMatch(option -> option.contains("Archive") || option.startsWith("-Xlog") || option.contains(LaunchPlan.FOLDER));
    }

    @Test
    void theServiceFlagsTakeEffect() throws Exception {
        assertThat(effective(LaunchPlan.SERVICE_FLAGS)).containsPattern("TieredStopAtLevel\\s+= 1\\s")
                .containsPattern("UseSerialGC\\s+= true\\s")
                .containsPattern("MaxHeapSize\\s+= " + (512L << 20) + "\\s");
    }

    @Test
    void theUsersJvmOptionsWin() throws Exception {
        List<String> flags = new ArrayList<>(LaunchPlan.SERVICE_FLAGS);
        flags.add("-Xmx1g");
        assertThat(effective(flags)).containsPattern("MaxHeapSize\\s+= " + (1L << 30) + "\\s")
                .containsPattern("TieredStopAtLevel\\s+= 1\\s");
    }

    private static String whyNot(String[] args) {
        return LaunchPlan.whyNot(args, NO_PROPERTIES, Map.of(), List.of("-Xmx1g"), NESTED, JAR);
    }

    /** The JVM's final flag values with these flags (fails if this Java refuses any of them). */
    private static String effective(List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(flags);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        LaunchPlan.CONSUMED_ENVIRONMENT.forEach(builder.environment()::remove);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
