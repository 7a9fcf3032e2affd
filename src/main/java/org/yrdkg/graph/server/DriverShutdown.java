package org.yrdkg.graph.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the Neo4j driver with a time limit. Now and then the driver's {@code close()} waits forever
 * after its I/O threads have already stopped (driver 6 on the Netty 4.1 that the embedded Neo4j needs),
 * and Ctrl-C left the service hanging, Neo4j never shut down. So the driver bean's own destroy method
 * is switched off, and the driver is closed here, waiting at most {@link #CLOSE_WAIT_SECONDS} seconds;
 * the embedded server then shuts down as usual.
 */
@Configuration(proxyBeanMethods = false)
public class DriverShutdown {

    static final int CLOSE_WAIT_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(DriverShutdown.class);

    @Bean
    static BeanFactoryPostProcessor driverWithoutDestroyMethod() {
        return factory -> {
            for (String name : factory.getBeanNamesForType(Driver.class, true, false)) {
                if (factory.getBeanDefinition(name) instanceof AbstractBeanDefinition definition) {
                    definition.setDestroyMethodName(""); // none: driverCloser closes it
                }
            }
        };
    }

    @Bean
    DriverCloser driverCloser(Driver driver) {
        return new DriverCloser(driver, Duration.ofSeconds(CLOSE_WAIT_SECONDS));
    }

    /** Closes the driver when the context goes down, waiting at most {@code wait}. */
    static final class DriverCloser implements DisposableBean {

        private final Driver driver;
        private final Duration wait;

        DriverCloser(Driver driver, Duration wait) {
            this.driver = driver;
            this.wait = wait;
        }

        @Override
        public void destroy() {
            try {
                driver.closeAsync().toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                log.warn("The Neo4j driver did not close within {}; going on with the shutdown", wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("Closing the Neo4j driver failed: {}", e.toString());
            }
        }
    }
}
