package org.yrdkg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.yrdkg.cli.YrdKgCli;
import org.yrdkg.graph.server.EarlyNeo4jStart;

/**
 * The service (or a command-line tool) in this JVM. Apart from {@link YrdKgApplication} so that the launcher's
 * JVM, which only decides and waits, never loads a Spring class: verifying a method loads the classes it
 * passes around, and each is looked up through the packaged jar's nested jars.
 */
final class ServiceStart {

    /** Spring's start-up steps kept for {@link StartupTimeline} (a normal start records about 2,000). */
    private static final int RECORDED_STEPS = 5_000;

    private ServiceStart() {
    }

    static void run(String[] args) {
        UnpackedLibraries.removeAtExit();
        if (YrdKgCli.isCommand(args)) {
            System.exit(YrdKgCli.run(args));
        }
        StopSignals.exitNormally();
        SpringApplication application = new SpringApplication(YrdKgApplication.class);
        BufferingApplicationStartup steps = new BufferingApplicationStartup(RECORDED_STEPS);
        application.setApplicationStartup(steps);
        application.addListeners(new StartupTimeline(steps), new ExitWhenReady());
        EarlyNeo4jStart neo4j = new EarlyNeo4jStart();
        application.addInitializers(neo4j, context -> Dictionaries.loadInBackground());
        try {
            application.run(args);
        } catch (RuntimeException | Error e) {
            neo4j.stopUnclaimed();
            throw e;
        }
    }
}
