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

/**
 * Chooses the Neo4j the driver talks to: the in-process server by default, or the configured
 * external server/cluster. Spring Boot builds the driver from the {@link Neo4jConnectionDetails}
 * defined here, so the driver is only created once the embedded server is up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jConnectionProperties.class)
public class Neo4jServerConfiguration {

    /** The server {@link EarlyNeo4jStart} is starting when its settings are these, else a new one. */
    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedNeo4jCondition.class)
    EmbeddedNeo4jServer embeddedNeo4jServer(Neo4jConnectionProperties properties,
                                            ObjectProvider<EarlyNeo4jStart.Started> early) {
        EarlyNeo4jStart.Started started = early.getIfAvailable();
        if (started != null && started.sameSettings(properties)) {
            return started.await().claim();
        }
        if (started != null) {
            started.stop(); // started with other settings (likely the same ports): make way for the right server
        }
        return start(properties);
    }

    static EmbeddedNeo4jServer start(Neo4jConnectionProperties properties) {
        return new EmbeddedNeo4jServer(properties.embedded(), embeddedCredentials(properties));
    }

    @Bean
    @Conditional(EmbeddedNeo4jCondition.class)
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4jServer server) {
        EmbeddedCredentials credentials = server.credentials();
        return connection(server.boltUri(), credentials == null ? AuthTokens.none()
                : AuthTokens.basic(credentials.username(), credentials.password()));
    }

    private static EmbeddedCredentials embeddedCredentials(Neo4jConnectionProperties properties) {
        return properties.embedded().authEnabled()
                ? EmbeddedCredentials.resolve(properties.embedded().dataDir(), properties.password()) : null;
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
