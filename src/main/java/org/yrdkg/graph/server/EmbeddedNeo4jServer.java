package org.yrdkg.graph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yrdkg.graph.CypherFiles;

/**
 * Neo4j 5.26 running inside this JVM, with its data on disk, Bolt for the driver and HTTP for Neo4j
 * Browser (served at /browser/) and the Query API. Every door needs the credential: authentication is on
 * (user {@code neo4j}, password from {@link EmbeddedCredentials}); the HTTP server answers CORS only for
 * its own origin; {@code LOAD CSV} can read no file (file URLs off, an empty import folder) and fetch no
 * URL (every address blocked). Neo4j has no Host-header check: a DNS-rebinding page still meets the
 * password. Authentication can be switched off only while listening on a loopback address.
 */
public class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    /** Neo4j's own limit on any transaction; the application's reads stop much earlier (yrdkg.cypher.timeout). */
    static final java.time.Duration TRANSACTION_TIMEOUT_BACKSTOP = java.time.Duration.ofMinutes(5);

    private final DatabaseManagementService dbms;
    private final String host;
    private final int boltPort;
    private final int httpPort;
    private final EmbeddedCredentials credentials;
    private boolean stopped;
    private boolean passwordSet;
    private volatile boolean claimed;

    /**
     * @param credentials the password to require, or null to run without authentication (refused unless
     *                    {@code settings} listen on a loopback address)
     */
    public EmbeddedNeo4jServer(Neo4jConnectionProperties.Embedded settings, EmbeddedCredentials credentials) {
        this.host = settings.listenAddress();
        this.credentials = credentials;
        if (credentials == null && !isLoopback(host)) {
            throw new IllegalStateException("Refusing to start the embedded Neo4j on the non-local address '" + host
                    + "' with authentication off: anyone who reaches it could read and change the graph. Turn "
                    + "authentication on (yrdkg.neo4j.embedded.auth-enabled=true, the default) or listen on localhost.");
        }
        this.boltPort = settings.boltPort() == 0 ? freePort() : settings.boltPort();
        this.httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        Path home = settings.dataDir().toAbsolutePath();
        long started = System.nanoTime();
        if (credentials != null) {
            InitialPassword.writeForNewStore(home, credentials);
        }
        this.dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, credentials != null)
                // no lock-out after failed logins: anyone could lock the application's own user out with three
                // wrong passwords; a generated password cannot be guessed anyway
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // CORS for Neo4j's own origin only (Browser is served from it), never '*'
                .setConfig(ServerSettings.http_access_control_allow_origin, httpUri().toString())
                // LOAD CSV: no file URLs, an empty import folder, and every address blocked for http(s) URLs
                // bounded resources: no transaction may take more than a quarter of the heap, all together half
                // of it, and none runs longer than the backstop (reads have their own, shorter limits)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, Runtime.getRuntime().maxMemory() / 4)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, Runtime.getRuntime().maxMemory() / 2)
                .setConfig(GraphDatabaseSettings.transaction_timeout, TRANSACTION_TIMEOUT_BACKSTOP)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportDir(home))
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // a cached plan serves a query whatever the length of its strings and lists: by default Neo4j also
                // keys plans by each string and list parameter's size class, so a name or an id of another length
                // was planned again, 1-8 s on a busy machine (read/ReadWarmUp; the query-text-and-types key stays)
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                // Bolt's two Netty event-loop groups each waited a quiet period of 5 s at shutdown, 10 s of every stop;
                // their pending tasks still run first (an internal setting: re-check it on a Neo4j upgrade)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                // keep recovery logs bounded: the default (two days of logs) grew a 10,000-article load to ~20 GB
                .setConfig(GraphDatabaseSettings.keep_logical_logs, settings.txLogRetention())
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, settings.browserAllowedHosts())
                .setConfig(ServerSettings.browser_post_connect_cmd, settings.browserPostConnectCmd())
                .setConfig(OutgoingConnections.settings(settings))
                .build();
        if (credentials != null) {
            setPassword(credentials);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "neo4j-shutdown"));
        log.info("Embedded Neo4j started in {} ms: data {}, Bolt {}, Browser http://{}:{}/browser/",
                (System.nanoTime() - started) / 1_000_000, home, boltUri(), host, httpPort);
    }

    /**
     * Sets the password unless the user already logs in with it (every restart, and a new store, whose user
     * {@link InitialPassword} created with it): the check reads the user
     * through Neo4j's own authentication, where {@code ALTER USER} would compile an administration command
     * on the system database, several CPU-seconds of a cold JVM on the start's critical path. A password
     * changed meanwhile (e.g. from Browser) or still marked "change required" is set again.
     */
    private void setPassword(EmbeddedCredentials credentials) {
        if (logsIn(credentials)) {
            log.debug("Embedded Neo4j password unchanged: not set again");
            return;
        }
        passwordSet = true;
        try {
            dbms.database("system").executeTransactionally(CypherFiles.query("server/set-password"),
                    Map.of("password", credentials.password()));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                dbms.shutdown();
                throw new IllegalStateException("Could not set the embedded Neo4j password: " + e.getMessage(), e);
            }
            // already this password
        }
    }

    /** Whether the user logs in with this password as it stands (false when the check itself fails). */
    boolean logsIn(EmbeddedCredentials credentials) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver()
                    .resolveDependency(AuthManager.class);
            return auth.login(AuthToken.newBasicAuthToken(credentials.username(), credentials.password()),
                    ClientConnectionInfo.EMBEDDED_CONNECTION).subject().getAuthenticationResult()
                    == AuthenticationResult.SUCCESS;
        } catch (RuntimeException | InvalidAuthTokenException e) {
            log.debug("Could not check the embedded Neo4j password, setting it: {}", e.toString());
            return false;
        }
    }

    private static Path emptyImportDir(Path home) {
        try {
            return Files.createDirectories(home.resolve("import-disabled"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this start (re)set the password: false when the user already logged in with it. */
    boolean passwordSet() {
        return passwordSet;
    }

    /** The user and password it requires, or null when authentication is off. */
    public EmbeddedCredentials credentials() {
        return credentials;
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

    /** Marks this server as owned by the application context (which closes it). */
    EmbeddedNeo4jServer claim() {
        claimed = true;
        return this;
    }

    boolean claimed() {
        return claimed;
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for embedded Neo4j", e);
        }
    }
}
