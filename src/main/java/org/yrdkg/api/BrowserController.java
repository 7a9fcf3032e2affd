package org.yrdkg.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yrdkg.graph.CypherFiles;

/** The Neo4j Browser guide and style sheet; CORS for the Browser's origin is set in {@link WebConfiguration}. */
@RestController
@RequestMapping("/browser")
class BrowserController {

    @Operation(summary = "Neo4j Browser guide with the example questions as runnable queries",
            description = "In Neo4j Browser: `:play http://localhost:8080/browser/guide.html`.")
    @GetMapping(value = "/guide.html", produces = MediaType.TEXT_HTML_VALUE)
    String guide(HttpServletRequest request) {
        return BrowserGuide.html(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    @Operation(summary = "Neo4j Browser style sheet: names as captions, one colour per entity type",
            description = "In Neo4j Browser: `:style http://localhost:8080/browser/style.grass`.")
    @GetMapping(value = "/style.grass", produces = MediaType.TEXT_PLAIN_VALUE)
    String style() {
        return CypherFiles.file("browser/style.grass");
    }
}
