package org.yrdkg.graph.server;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The embedded Neo4j's settings for what may leave the machine: nothing, unless turned on.
 * <ul>
 * <li>{@code dbms.usage_report.enabled}: Neo4j's anonymous usage report.</li>
 * <li>{@code client.allow_telemetry}: Neo4j Browser's usage statistics (and its consent banner).</li>
 * <li>{@code dbms.security.http_static_content_security_policy_header}: Browser on a Community server
 *     loads Segment's and Canny's scripts whatever its settings say ({@code browser.allow_outgoing_connections}
 *     is an Enterprise setting, and Browser ignores it on Community), so the page it is served with gets a
 *     Content-Security-Policy that allows scripts, fonts and images from the server itself only, and HTTP
 *     fetches from itself and the guide hosts; Bolt over WebSocket stays open to any host.</li>
 * </ul>
 */
final class OutgoingConnections {

    private OutgoingConnections() {
    }

    static Map<Setting<?>, Object> settings(Neo4jConnectionProperties.Embedded embedded) {
        if (embedded.browserOutgoing()) {
            return Map.of(GraphDatabaseSettings.udc_enabled, embedded.usageReport(),
                    ServerSettings.allow_telemetry, true);
        }
        return Map.of(GraphDatabaseSettings.udc_enabled, embedded.usageReport(),
                ServerSettings.allow_telemetry, false,
                ServerSettings.http_static_content_security_policy, localOnlyPolicy(embedded));
    }

    static String localOnlyPolicy(Neo4jConnectionProperties.Embedded embedded) {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(embedded.listenAddress());
        for (String host : embedded.browserAllowedHosts().split(",")) {
            if (!host.isBlank()) {
                hosts.add(host.strip());
            }
        }
        String fetchHosts = hosts.stream().map(host -> "http://" + host + ":* https://" + host + ":*")
                .collect(Collectors.joining(" "));
        return "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
                + "connect-src 'self' ws: wss: " + fetchHosts;
    }
}
