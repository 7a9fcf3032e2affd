package org.yrdkg;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start-up time goes, at debug level ({@code logging.level.org.yrdkg.StartupTimeline=debug}):
 * the slowest Spring start-up steps (bean creations include the beans they create). The graph's own
 * phases log their times beside it: the embedded Neo4j's start, the schema, the named-query check, the seeds.
 */
final class StartupTimeline implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);
    private static final int SHOWN = 15;

    private final BufferingApplicationStartup steps;

    StartupTimeline(BufferingApplicationStartup steps) {
        this.steps = steps;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!log.isDebugEnabled()) {
            return;
        }
        List<TimelineEvent> events = steps.getBufferedTimeline().getEvents();
        log.debug("Start-up timeline: {} steps recorded, ready {} ms after the JVM started; the slowest:",
                events.size(), event.getTimeTaken() == null ? -1 : event.getTimeTaken().toMillis());
        long origin = steps.getBufferedTimeline().getStartTime().toEpochMilli();
        events.stream().sorted(Comparator.comparing(TimelineEvent::getDuration).reversed()).limit(SHOWN)
                .forEach(e -> log.debug("  {} ms (from +{} ms) {} {}", e.getDuration().toMillis(),
                        e.getStartTime().toEpochMilli() - origin, e.getStartupStep().getName(), tags(e.getStartupStep())));
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue()).toList().toString();
    }
}
