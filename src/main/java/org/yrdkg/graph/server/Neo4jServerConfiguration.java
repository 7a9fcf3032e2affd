package org.yrdkg.graph.server;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Chooses the Neo4j the driver talks to: the in-process server by default, or the configured
 * external server/cluster. Spring Boot builds the driver from the {@link Neo4jConnectionDetails}
 * defined here. For the embedded server they come from its {@link EmbeddedNeo4jSetup}, so the driver and
 * the rest of the context are built while the server still starts; the server bean is lazy and the graph's
 * start-up ({@code GraphStartup}) is what waits for it, before the web server takes requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jConnectionProperties.class)
public class Neo4jServerConfiguration {

    /** The setup {@link EarlyNeo4jStart} resolved when its settings are these, else a new one. */
    @Bean
    @Conditional(EmbeddedNeo4jCondition.class)
    EmbeddedNeo4jSetup embeddedNeo4jSetup(Neo4jConnectionProperties properties,
                                          ObjectProvider<EarlyNeo4jStart.Started> early) {
        EarlyNeo4jStart.Started started = early.getIfAvailable();
        return started != null && started.sameSettings(properties) ? started.setup() : EmbeddedNeo4jSetup.of(properties);
    }

    /** The server {@link EarlyNeo4jStart} is starting for this setup, else a new one. */
    @Bean(destroyMethod = "close")
    @Lazy
    @Conditional(EmbeddedNeo4jCondition.class)
    EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jSetup setup, ObjectProvider<EarlyNeo4jStart.Started> early) {
        EarlyNeo4jStart.Started started = early.getIfAvailable();
        if (started != null && started.setup() == setup) {
            return started.await().claim();
        }
        if (started != null) {
            started.stop(); // started with other settings (likely the same ports): make way for the right server
        }
        return setup.start();
    }

    @Bean
    @Conditional(EmbeddedNeo4jCondition.class)
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4jSetup setup) {
        EmbeddedCredentials credentials = setup.credentials();
        return connection(setup.boltUri(), credentials == null ? AuthTokens.none()
                : AuthTokens.basic(credentials.username(), credentials.password()));
    }

    @Bean
    @Conditional(EmbeddedNeo4jCondition.Negated.class)
    Neo4jConnectionDetails externalConnectionDetails(Neo4jConnectionProperties properties) {
        AuthToken auth = properties.username() == null || properties.username().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(properties.username(), properties.password() == null ? "" : properties.password());
        return connection(URI.create(properties.uri()), auth);
    }

    private static Neo4jConnectionDetails connection(URI uri, AuthToken auth) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }
}
