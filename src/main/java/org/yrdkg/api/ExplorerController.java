package org.yrdkg.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.server.EmbeddedNeo4jSetup;

/** What the explorer page (static/index.html) needs to know about this service to link and upload. */
@RestController
@RequestMapping("/api/explorer")
class ExplorerController {

    /**
     * @param browserUrl         Neo4j Browser's address, where each view's Cypher can be opened; null when unknown
     * @param writeTokenRequired whether uploads need the write token
     */
    record Settings(String browserUrl, boolean writeTokenRequired) {
    }

    private final Settings settings;

    ExplorerController(ObjectProvider<EmbeddedNeo4jSetup> embedded,
                       @Value("${yrdkg.explorer.browser-url:}") String browserUrl,
                       @Value("${yrdkg.api.write-token:}") String writeToken) {
        // the embedded server's setup knows its real port (0 in tests picks a free one), without waiting for its
        // start; an external server's Browser is configured
        String url = !browserUrl.isBlank() ? browserUrl
                : embedded.stream().findFirst().map(setup -> setup.httpUri() + "/browser/").orElse(null);
        this.settings = new Settings(url, !writeToken.isBlank());
    }

    @Operation(summary = "Settings of the explorer page: Neo4j Browser's address, whether uploads need the write token",
            description = "Example: `curl http://localhost:8080/api/explorer`.")
    @GetMapping
    Settings settings() {
        return settings;
    }
}
