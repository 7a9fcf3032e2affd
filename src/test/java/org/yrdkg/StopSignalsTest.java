package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what service managers and {@code kill} send, and what ends a forked {@code spring-boot:run})
 * ends the service with exit code 0 after its shutdown hooks ran, instead of 143, which Maven reported as
 * a build failure. A small JVM with the service's signal handling stands in for the service.
 */
class StopSignalsTest {

    /** The child JVM: the service's signal handling, a shutdown hook, then it waits to be stopped. */
    public static final class Child {
        public static void main(String[] args) throws InterruptedException {
            StopSignals.exitNormally();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
            System.out.println("ready");
            Thread.sleep(120_000);
        }
    }

    @Test
    void sigtermRunsTheShutdownHooksAndExitsWithZero(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("child.out"); // a file: Process.destroy() closes the child's pipes
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(output).contains("ready") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Files.readString(output)).startsWith("ready");
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(output)).contains("shutdown hook ran");
        assertThat(child.exitValue()).isZero();
    }
}
