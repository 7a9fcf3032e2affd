package org.yrdkg.cli;

import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yrdkg.YrdKgApplication;

/**
 * The application without its web server and without seed loading, for the commands that use the graph:
 * started by the command and closed after it, or one already running that the caller lent for the command
 * ({@link YrdKgCli#run(String[], ApplicationContext)}), which the command leaves running.
 */
final class GraphContext implements AutoCloseable {

    /** The context lent to the commands run on this thread, if any. */
    private static final ThreadLocal<ApplicationContext> LENT = new ThreadLocal<>();

    private final ApplicationContext beans;
    private final ConfigurableApplicationContext owned;

    private GraphContext(ApplicationContext beans, ConfigurableApplicationContext owned) {
        this.beans = beans;
        this.owned = owned;
    }

    static GraphContext start() {
        ApplicationContext lent = LENT.get();
        if (lent != null) {
            return new GraphContext(lent, null);
        }
        ConfigurableApplicationContext started = startApplication();
        return new GraphContext(started, started);
    }

    /** Runs {@code commands} with {@code context} lent to every {@link #start()} on this thread. */
    static <T> T lending(ApplicationContext context, Supplier<T> commands) {
        LENT.set(context);
        try {
            return commands.get();
        } finally {
            LENT.remove();
        }
    }

    <T> T getBean(Class<T> type) {
        return beans.getBean(type);
    }

    ApplicationContext application() {
        return beans;
    }

    /** Closes the context the command started; a lent one stays open. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    private static ConfigurableApplicationContext startApplication() {
        try {
            return new SpringApplicationBuilder(YrdKgApplication.class)
                    .web(WebApplicationType.NONE)
                    // as arguments, so they win over application.properties (defaults would not)
                    .run("--yrdkg.seeds.load-on-startup=false", "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN", "--logging.level.org.yrdkg=WARN",
                            // a failed start is reported once, by the command, not as pages of stack trace
                            "--logging.level.org.springframework.boot.SpringApplication=OFF",
                            "--logging.level.org.springframework.context=ERROR");
        } catch (RuntimeException e) {
            if (causedByStoreLock(e)) {
                throw new StoreInUseException();
            }
            throw e;
        }
    }

    /** The embedded store is locked by another process: said in one line, without a stack trace. */
    static final class StoreInUseException extends IllegalStateException {
        StoreInUseException() {
            super("The embedded Neo4j database is in use by another process (is the service running?). "
                    + "Upload through POST /api/documents instead, or stop the service.");
        }
    }

    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().contains("FileLockException") || message.contains("lock file")) {
                return true;
            }
        }
        return false;
    }
}
