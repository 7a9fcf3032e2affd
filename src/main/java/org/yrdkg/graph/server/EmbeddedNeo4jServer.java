package org.yrdkg.graph.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5.26 running inside this JVM, with its data on disk, Bolt for the driver and HTTP for Neo4j
 * Browser (served at /browser/) and the Query API. Auth is off: it listens on localhost by default.
 */
public class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private final DatabaseManagementService dbms;
    private final String host;
    private final int boltPort;
    private final int httpPort;
    private boolean stopped;

    public EmbeddedNeo4jServer(Neo4jConnectionProperties.Embedded settings) {
        this.host = settings.listenAddress();
        this.boltPort = settings.boltPort() == 0 ? freePort() : settings.boltPort();
        this.httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        Path home = settings.dataDir().toAbsolutePath();
        long started = System.nanoTime();
        this.dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                // keep recovery logs bounded: the default (two days of logs) grew a 10,000-article load to ~20 GB
                .setConfig(GraphDatabaseSettings.keep_logical_logs, settings.txLogRetention())
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, settings.browserAllowedHosts())
                .setConfig(ServerSettings.browser_post_connect_cmd, settings.browserPostConnectCmd())
                .setConfig(OutgoingConnections.settings(settings))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "neo4j-shutdown"));
        log.info("Embedded Neo4j started in {} ms: data {}, Bolt {}, Browser http://{}:{}/browser/",
                (System.nanoTime() - started) / 1_000_000, home, boltUri(), host, httpPort);
    }

    public URI boltUri() {
        return URI.create("bolt://" + host + ":" + boltPort);
    }

    public URI httpUri() {
        return URI.create("http://" + host + ":" + httpPort);
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    /** Idempotent: Spring's destroy and the JVM shutdown hook may both call it. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        log.info("Shutting down embedded Neo4j");
        dbms.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for embedded Neo4j", e);
        }
    }
}
