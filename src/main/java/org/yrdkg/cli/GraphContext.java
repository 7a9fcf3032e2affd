package org.yrdkg.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yrdkg.YrdKgApplication;

/** The application without its web server and without seed loading: for commands that write the graph. */
final class GraphContext {

    private GraphContext() {
    }

    static ConfigurableApplicationContext start() {
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
