package org.yrdkg.graph.server;

import java.net.URI;
import java.nio.file.Files;

/**
 * What the embedded Neo4j will be, known before it starts: its settings with real ports (a 0 replaced by
 * a free port) and its credentials (the password file read, or written on the first start). The driver and
 * the explorer take their address from here, so neither waits for the server's start; only what queries the
 * graph at start-up does. {@code newStore}: the data folder holds no database yet (this start creates it).
 */
public record EmbeddedNeo4jSetup(Neo4jConnectionProperties.Embedded settings, EmbeddedCredentials credentials,
                                 boolean newStore) {

    /** Resolves the ports and the password once, so the server and its clients agree on both. */
    public static EmbeddedNeo4jSetup of(Neo4jConnectionProperties properties) {
        Neo4jConnectionProperties.Embedded e = properties.embedded();
        Neo4jConnectionProperties.Embedded settings = new Neo4jConnectionProperties.Embedded(e.dataDir(),
                e.listenAddress(), concrete(e.boltPort()), concrete(e.httpPort()), e.pageCache(), e.txLogRetention(),
                e.browserAllowedHosts(), e.browserPostConnectCmd(), e.authEnabled(), e.usageReport(),
                e.browserOutgoing());
        EmbeddedCredentials credentials = e.authEnabled()
                ? EmbeddedCredentials.resolve(e.dataDir(), properties.password()) : null;
        boolean newStore = !Files.isDirectory(e.dataDir().resolve("data").resolve("databases"));
        return new EmbeddedNeo4jSetup(settings, credentials, newStore);
    }

    private static int concrete(int port) {
        return port == 0 ? EmbeddedNeo4jServer.freePort() : port;
    }

    public URI boltUri() {
        return URI.create("bolt://" + settings.listenAddress() + ":" + settings.boltPort());
    }

    public URI httpUri() {
        return URI.create("http://" + settings.listenAddress() + ":" + settings.httpPort());
    }

    EmbeddedNeo4jServer start() {
        return new EmbeddedNeo4jServer(settings, credentials);
    }
}
