package org.yrdkg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code --yrdkg.startup.exit-when-ready=true}: a whole start (Neo4j up, schema, seeds, web server), then a
 * clean stop and exit 0. Run through {@code java -jar} on a throw-away data folder right after a build, it has
 * the launcher's first run of the build write the class-data archive ahead of the first real start: the JVM
 * archives every class loaded until it exits, and a start that stops right after refreshing the context
 * (Spring's {@code spring.context.exit=onRefresh}) would leave out Neo4j's start, the seeds' extraction and
 * the web server, which run later.
 */
final class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    static final String PROPERTY = "yrdkg.startup.exit-when-ready";

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            System.exit(SpringApplication.exit(event.getApplicationContext()));
        }
    }
}
