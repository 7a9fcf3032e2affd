package org.yrdkg.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;
import org.yrdkg.graph.CypherFiles;

/**
 * The Neo4j Browser guide ({@code :play URL}), made from {@code cypher/examples.cypher} so the slides and
 * the copy-paste file never disagree: each {@code // ## Title} block becomes a slide with its comment
 * lines as text and its query as a runnable block.
 */
final class BrowserGuide {

    /** One example: a title, what it shows, and the query. */
    record Example(String title, String explanation, String query) {
    }

    private BrowserGuide() {
    }

    static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        String title = null;
        StringBuilder text = new StringBuilder();
        StringBuilder query = new StringBuilder();
        for (String line : CypherFiles.file("examples.cypher").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("// ## ")) {
                title = trimmed.substring(6).strip();
                text.setLength(0);
                query.setLength(0);
            } else if (title != null && trimmed.startsWith("//")) {
                text.append(text.isEmpty() ? "" : " ").append(trimmed.substring(2).strip());
            } else if (title != null && !trimmed.isEmpty()) {
                query.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    out.add(new Example(title, text.toString(), query.toString().strip().replaceAll(";$", "")));
                    title = null;
                }
            }
        }
        return out;
    }

    static String html(String appUrl) {
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        slide(html, "yrd-kg: the Yangtze River Delta integration graph", """
                <p>Places, parks, companies, platforms and organisations of the 长三角 integration, and the facts
                between them (<code>COOPERATES_WITH</code>, <code>INVESTS_IN</code>, <code>LOCATED_IN</code>), read from news
                articles. Every fact keeps its evidence: each sentence that states it points at the fact's
                source with <code>STATES {fact: &lt;the fact's id&gt;}</code>; the fact counts them
                (<code>mentions</code>) and their articles (<code>documentCount</code>).</p>
                <p>Model: <code>(:Document)-[:HAS_SENTENCE]-&gt;(:Sentence)-[:MENTIONS|STATES]-&gt;(:Entity)</code>; entities carry
                one type label (Province, City, District, Town, Park, Company, Platform, Organization, Region),
                <code>id</code> (the division code for places), <code>name</code> and <code>aliases</code>.</p>
                <p>Colours and captions:</p>
                <pre mode="cypher" class="runnable">:style %s/browser/style.grass</pre>
                <p>Then use the arrows to go through the questions; click a query to put it in the editor.</p>
                """.formatted(HtmlUtils.htmlEscape(appUrl)));
        for (Example example : examples()) {
            slide(html, example.title(), "<p>" + HtmlUtils.htmlEscape(example.explanation()) + "</p>\n"
                    + "<pre mode=\"cypher\" class=\"runnable\">" + HtmlUtils.htmlEscape(example.query()) + "</pre>\n");
        }
        slide(html, "The same over HTTP", """
                <p>The API answers these questions as JSON, with evidence: <code>%1$s/swagger-ui.html</code>.</p>
                <ul>
                <li><code>GET /api/entities?q=閔行</code>: search, Traditional or Simplified, short forms</li>
                <li><code>GET /api/entities/{id}/relations</code>: facts with evidence sentences</li>
                <li><code>GET /api/paths?from=莘庄工业区&amp;to=淮南市</code>: shortest chains of facts</li>
                <li><code>GET /api/investments?target=淮南高新区</code>: investments and totals in yuan</li>
                <li><code>GET /api/queries</code>: named queries; <code>POST /api/cypher</code>: read-only Cypher</li>
                </ul>
                """.formatted(HtmlUtils.htmlEscape(appUrl)));
        html.append("</carousel>\n</article>\n");
        return html.toString();
    }

    private static void slide(StringBuilder html, String title, String body) {
        html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>")
                .append(HtmlUtils.htmlEscape(title)).append("</h3>\n").append(body).append("</div>\n</slide>\n");
    }
}
