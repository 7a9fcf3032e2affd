package org.yrdkg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.yrdkg.cli.YrdKgCli;
import org.yrdkg.graph.server.EarlyNeo4jStart;

/**
 * {@code java -jar yrd-kg.jar} (or with only {@code --option=value} arguments) runs the service;
 * {@code java -jar yrd-kg.jar COMMAND …} runs a command-line tool (see {@link YrdKgCli}).
 */
@SpringBootApplication
public class YrdKgApplication {

    /** Spring's start-up steps kept for {@link StartupTimeline} (a normal start records about 2,000). */
    private static final int RECORDED_STEPS = 5_000;

    public static void main(String[] args) {
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
