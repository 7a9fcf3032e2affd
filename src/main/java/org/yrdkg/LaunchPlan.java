package org.yrdkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.yrdkg.cli.YrdKgCli;

/**
 * What {@link ServiceLauncher} decides, without side effects: whether {@code java -jar yrd-kg.jar} starts the
 * service in a child JVM, and that child's command line. Only the service is relaunched, and only from the
 * packaged jar: not a command-line tool ({@code extract}, {@code load}, {@code export}…), not a start from
 * classes (tests, {@code spring-boot:run}, an IDE), not with a debugging or profiling agent (it is attached
 * to this JVM), and never when {@code -Dyrdkg.launcher=off} or {@code YRDKG_LAUNCHER=off} says not to.
 */
final class LaunchPlan {

    /** {@code -Dyrdkg.launcher=off} (or the environment's {@code YRDKG_LAUNCHER=off}): run in this JVM. */
    static final String SWITCH = "yrdkg.launcher";
    static final String SWITCH_ENV = "YRDKG_LAUNCHER";
    /**
     * {@code -Dyrdkg.launcher.archive=off} (or {@code YRDKG_LAUNCHER_ARCHIVE=off}): no class-data archive, neither
     * mapped nor written at exit (writing it makes the first stop of a build take tens of seconds, which a
     * container's stop timeout may not allow).
     */
    static final String ARCHIVE_SWITCH = "yrdkg.launcher.archive";
    /** The child's: the folder of this build's unpacked jar (e.g. for the named queries' check, see CheckedQueries). */
    static final String FOLDER = "yrdkg.launcher.folder";
    static final String ARCHIVE_SWITCH_ENV = "YRDKG_LAUNCHER_ARCHIVE";

    /**
     * The service's JVM flags (BENCHMARKS.md "Start-up"): C1 only (C2 compiled for a third of a start's CPU
     * on 2 cores and did not pay for itself on uploads and reads), a serial collector and a 512 MiB heap with
     * smaller stacks and code cache (resident memory under 700 MiB; G1 sized its heap from the machine's
     * memory), a heap that starts small and a young generation of 24 MiB (the default, a third of the heap, grew
     * to ~80 MiB: a first start was 75 MiB more resident for the same CPU). The JVM options given to
     * {@code java} come after them, so they win (e.g. {@code -Xmx1g}).
     */
    static final List<String> SERVICE_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m",
            "-Xmn24m", "-Xmx512m", "-Xss512k", "-XX:ReservedCodeCacheSize=64m");

    /** Two malloc arenas instead of eight per core: less native memory for the same work. */
    static final Map<String, String> SERVICE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** The environment's JVM options: already among this JVM's arguments, which the child gets explicitly. */
    static final List<String> CONSUMED_ENVIRONMENT = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private LaunchPlan() {
    }

    /**
     * Why this start runs in this JVM, or null when it relaunches.
     *
     * @param property     a system property of this JVM
     * @param env          this process's environment
     * @param jvmArguments this JVM's options (command line and environment)
     * @param codeSource   where this class was loaded from (a Spring Boot nested-jar URL inside the packaged jar)
     * @param classPath    this JVM's class path ({@code java -jar X}: X)
     */
    static String whyNot(String[] args, UnaryOperator<String> property, Map<String, String> env,
                         List<String> jvmArguments, String codeSource, String classPath) {
        if (off(property, env, SWITCH, SWITCH_ENV)) {
            return "turned off (" + SWITCH + "=off)";
        }
        if (YrdKgCli.isCommand(args)) {
            return "a command-line tool";
        }
        if (codeSource == null || !codeSource.startsWith("jar:nested:") || classPath == null
                || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return "not started with java -jar from the packaged jar";
        }
        for (String option : jvmArguments) {
            if (option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")) {
                return "an agent is attached to this JVM (" + option + ")";
            }
        }
        return null;
    }

    /** Whether a switch is turned off by its system property or, failing that, its environment variable. */
    static boolean off(UnaryOperator<String> property, Map<String, String> env, String name, String envName) {
        String setting = property.apply(name) != null ? property.apply(name) : env.get(envName);
        return setting != null && List.of("off", "false", "no").contains(setting.strip().toLowerCase());
    }

    /**
     * The child's command: the service's flags, the class-data archive to map or to write, this JVM's own
     * options (after those, so they win), the launcher off, then the jar and the arguments.
     *
     * @param archiveFlag {@code -XX:SharedArchiveFile=…} or {@code -XX:ArchiveClassesAtExit=…}, or null
     * @param buildFolder the launcher's folder of this build, or null (the packaged jar runs)
     */
    static List<String> command(Path java, List<String> jvmArguments, String archiveFlag, Path buildFolder, Path jar,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(SERVICE_FLAGS);
        if (buildFolder != null) {
            command.add("-D" + FOLDER + "=" + buildFolder); // what this build learnt about itself goes there
        }
        if (archiveFlag != null) {
            command.add(archiveFlag);
            // classes CDS cannot archive (generated proxies, old class-file versions) are named at exit
            command.add("-Xlog:cds=off,cds+dynamic=off");
            // map the archive where it was made: this Java relocates it by default (address randomisation),
            // which cost 1.1 s of every start for the 200 MB archive
            command.add("-XX:+UnlockDiagnosticVMOptions");
            command.add("-XX:ArchiveRelocationMode=0");
        }
        command.addAll(jvmArguments); // the user's own options win over every one above
        command.add("-D" + SWITCH + "=off"); // after them: the child never relaunches
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
