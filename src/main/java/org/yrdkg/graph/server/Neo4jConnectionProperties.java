package org.yrdkg.graph.server;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With {@code uri} blank (the default) yrd-kg starts Neo4j in-process; with a URI
 * ({@code NEO4J_URI}: bolt://, neo4j://, neo4j+s:// …) it uses that server or cluster and starts none.
 */
@ConfigurationProperties("yrdkg.neo4j")
public record Neo4jConnectionProperties(String uri, String username, String password,
                                        @DefaultValue Embedded embedded) {

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    /**
     * @param dataDir       where the embedded database keeps its files
     * @param listenAddress interface Bolt and HTTP bind to (localhost unless you mean to expose it)
     * @param boltPort      Bolt port (0 picks a free one)
     * @param httpPort      HTTP port of Neo4j Browser and the Query API (0 picks a free one)
     * @param pageCache     page cache size, e.g. 512m
     * @param txLogRetention how much transaction log Neo4j keeps (Neo4j's retention syntax, e.g. "256M size")
     * @param browserAllowedHosts hosts the embedded Browser may load guides from (:play URLs)
     * @param browserPostConnectCmd Browser commands run on connecting, separated by ';' (e.g. load the
     *                              yrd-kg style sheet and open the guide)
     * @param authEnabled   require user neo4j and its password (off is allowed on a loopback address only)
     * @param usageReport   send Neo4j's anonymous usage report ({@code dbms.usage_report.enabled}); off
     * @param browserOutgoing let Neo4j Browser send usage statistics and load scripts from outside (Segment,
     *                        Canny, web fonts); off: nothing leaves the machine
     */
    public record Embedded(@DefaultValue("data/neo4j") Path dataDir,
                           @DefaultValue("localhost") String listenAddress,
                           @DefaultValue("7687") int boltPort,
                           @DefaultValue("7474") int httpPort,
                           @DefaultValue("512m") String pageCache,
                           @DefaultValue("256M size") String txLogRetention,
                           @DefaultValue("localhost,127.0.0.1") String browserAllowedHosts,
                           @DefaultValue("") String browserPostConnectCmd,
                           @DefaultValue("true") boolean authEnabled,
                           @DefaultValue("false") boolean usageReport,
                           @DefaultValue("false") boolean browserOutgoing) {
    }
}
