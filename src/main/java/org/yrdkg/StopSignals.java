package org.yrdkg;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) ask the service to stop: the JVM runs its shutdown hooks as always (Spring
 * closes the context, Neo4j shuts down cleanly) and then exits with 0 instead of 143 or 130, so
 * {@code ./mvnw spring-boot:run} and service managers see a normal end rather than a failure.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void exitNormally() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> System.exit(0));
            } catch (IllegalArgumentException ignored) {
                // the JVM runs with -Xrs or the signal is in use: keep the JVM's own handling
            }
        }
    }
}
