package org.yrdkg;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import sun.misc.Signal;

/**
 * {@code java -jar yrd-kg.jar} as the service starts it in one child JVM of the same Java with the service's
 * flags ({@link LaunchPlan}) from the extracted jar and its class-data archive ({@link LaunchCache}), since a
 * jar cannot carry JVM flags and the nested jars cannot be archived (as Elasticsearch's and Gradle's launchers
 * do). This JVM stays small: it decides before any Spring class is loaded, then only waits. The child shares
 * its standard input and output; SIGTERM and Ctrl-C are passed on to it, and this JVM ends with the child's
 * exit code once the child has stopped.
 */
final class ServiceLauncher {

    private ServiceLauncher() {
    }

    /** Runs the service in a child JVM and exits with its code; returns at once when this start runs here. */
    static void relaunchIfWanted(String[] args) {
        if (LaunchPlan.whyNot(args, System::getProperty, System.getenv(), List.of(), codeSource(),
                System.getProperty("java.class.path")) != null) {
            return; // the cheap checks first: the JVM's options need java.management
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (LaunchPlan.whyNot(args, System::getProperty, System.getenv(), jvmArguments, codeSource(),
                System.getProperty("java.class.path")) != null) {
            return;
        }
        int exitCode;
        try {
            exitCode = run(args, jvmArguments);
        } catch (IOException e) {
            System.err.println("yrd-kg launcher: could not start the service's JVM (" + e.getMessage()
                    + "); starting it in this one (-D" + LaunchPlan.SWITCH + "=off does so at once)");
            return;
        }
        System.exit(exitCode);
    }

    private static int run(String[] args, List<String> jvmArguments) throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path java = javaHome.resolve("bin/java");
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        LaunchCache cache = new LaunchCache(jar, LaunchCache.root(jar, System.getProperty(LaunchCache.DIR_PROPERTY),
                System.getenv(LaunchCache.DIR_ENV)), LaunchCache.javaIdentity(javaHome, System.getProperty("java.vm.version")));
        LaunchCache.Start start = cache.prepare(!LaunchPlan.off(System::getProperty, System.getenv(),
                LaunchPlan.ARCHIVE_SWITCH, LaunchPlan.ARCHIVE_SWITCH_ENV));
        ProcessBuilder builder = new ProcessBuilder(LaunchPlan.command(java, jvmArguments, start.archiveFlag(),
                start.folder(), start.jar(), args)).inheritIO();
        Map<String, String> env = builder.environment();
        LaunchPlan.CONSUMED_ENVIRONMENT.forEach(env::remove);
        LaunchPlan.SERVICE_ENVIRONMENT.forEach(env::putIfAbsent);
        Process child = builder.start();
        passOnStopSignals(child);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-service-jvm"));
        UnpackedLibraries.removeAtExit();
        int exitCode = waitFor(child);
        start.afterExit(exitCode);
        return exitCode;
    }

    /** SIGTERM and SIGINT ask the child to stop (SIGTERM); this JVM keeps waiting for it to end. */
    private static void passOnStopSignals(Process child) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> child.destroy());
            } catch (IllegalArgumentException ignored) {
                // -Xrs or the signal is in use: the shutdown hook still stops the child
            }
        }
    }

    /** When this JVM ends for another reason (SIGHUP, an error), the child stops with it. */
    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            waitFor(child);
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // only the child's end ends the wait
            }
        }
    }

    private static String codeSource() {
        var source = ServiceLauncher.class.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? null : source.getLocation().toString();
    }
}
