package org.yrdkg.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.Http;
import org.yrdkg.graph.DocumentIds;

/**
 * The explorer at / in a real headless Chromium over the real service and embedded Neo4j with the seeds:
 * what a person sees on each view (text, counts, highlighted mentions), no console errors, a screenshot of
 * each view under target/screenshots/. Skipped, with one line saying what to install, without Chromium.
 */
@Order(1) // its lane starts it early (TwoLanes)
class ExplorerPageTest extends EmbeddedGraphTest {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start().orElse(null);
        Assumptions.assumeTrue(chromium != null, HeadlessChromium.MISSING);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void desktopInChinese() {
        chromium.size(1280, 800);
        open("#/");
        js("localStorage.setItem('yrdkg.lang', 'zh')");
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
        // how long the last view took from its route change to rendered (its API calls included), for the log
        Object view = js("const v = document.getElementById('view'); return v.dataset.rendered + ' ' + v.dataset.renderMs;");
        System.out.println("Explorer view " + view + " ms after its route changed");
    }

    @Test
    void firstViewShowsWhatTheGraphHolds() {
        driver().get("about:blank"); // a fresh page load, not a hash change within the explorer
        open("#/");
        WebElement view = waitFor(By.cssSelector("#view[data-rendered='']"));
        long entities = count("MATCH (e:Entity) RETURN count(e)");
        long documents = count("MATCH (d:Document) RETURN count(d)");
        assertThat(view.getText()).contains("图谱中有 " + entities + " 个实体").contains(documents + " 篇文档");
        assertThat(driver().findElements(By.cssSelector(".examples a"))).extracting(WebElement::getText).contains("長三角");
        // from navigation start to the rendered first view, as this browser measured it (seed graph)
        System.out.println("Explorer first view rendered " + view.getDomAttribute("data-first-view-ms")
                + " ms after navigation start");
        chromium.screenshot("home");
    }

    @Test
    void traditionalSearchTypedInTheBoxFindsTheDistrictWithItsParentAndFacts() {
        open("#/");
        WebElement box = waitFor(By.id("q"));
        box.clear();
        box.sendKeys("閔行", Keys.ENTER); // Traditional, a short form, from the keyboard
        WebElement first = waitFor(By.cssSelector("table.results tbody tr"));
        assertThat(text(By.id("results-title"))).contains("“閔行” 的结果");
        assertThat(text(By.cssSelector(".search .hint"))).contains("闵行");
        List<WebElement> cells = first.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).startsWith("闵行区");
        assertThat(cells.get(1).getText()).isEqualTo("区县");
        assertThat(cells.get(2).getText()).isEqualTo("上海市");
        long partners = count("MATCH (:Entity {id: '310112'})-[r:COOPERATES_WITH]-(:Entity) RETURN count(r)");
        assertThat(cells.get(3).getText()).contains("合作 " + partners);
        chromium.screenshot("search");
    }

    @Test
    void aProvincesOneCharacterFormAloneFindsTheProvinceFirst() {
        // 简称, Simplified and Traditional (沪/滬, 苏/蘇; 浙 and 皖 are written the same in both)
        Map<String, String> provinces = Map.of("沪", "31", "滬", "31", "苏", "32", "蘇", "32", "浙", "33", "皖", "34");
        for (var typed : provinces.entrySet()) {
            String name = (String) scalar("MATCH (e:Entity {id: $id}) RETURN e.name", Map.of("id", typed.getValue()));
            int before = renderCount();
            WebElement box = waitFor(By.id("q"));
            box.clear();
            box.sendKeys(typed.getKey(), Keys.ENTER);
            chromium.await(d -> renderCount() > before);
            assertThat(text(By.id("results-title"))).as(typed.getKey()).contains("“" + typed.getKey() + "” 的结果");
            WebElement first = waitFor(By.cssSelector("table.results tbody tr td a"));
            assertThat(first.getText()).as(typed.getKey()).isEqualTo(name);
            assertThat(first.getDomAttribute("href")).isEqualTo("#/entity/" + typed.getValue());
        }
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        open("#/search?q=" + Http.encode("高新区") + "&type=Park");
        waitFor(By.cssSelector("table.results tbody tr"));
        long parks = count("MATCH (e:Park) WHERE e.name CONTAINS '高新区' RETURN count(e)");
        List<WebElement> types = driver().findElements(By.cssSelector("table.results tbody td:nth-child(2)"));
        assertThat(types).hasSizeGreaterThanOrEqualTo((int) parks).allSatisfy(td -> assertThat(td.getText()).isEqualTo("园区"));
        assertThat(new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("type"))).getFirstSelectedOption().getText())
                .isEqualTo("园区");
    }

    @Test
    void entityPageShowsCodeParentsAndFactsByPartnerWithHighlightedEvidence() {
        open("#/entity/310112");
        WebElement head = waitFor(By.cssSelector(".entity-head h1"));
        assertThat(head.getText()).startsWith("闵行区").contains("区县");
        assertThat(text(By.cssSelector("dd.code"))).isEqualTo("310112");
        assertThat(text(By.cssSelector("dd.aliases"))).contains("闵行");
        assertThat(text(By.cssSelector("dd.parents"))).contains("上海市");
        long partners = count("MATCH (:Entity {id: '310112'})-[:COOPERATES_WITH]-(o:Entity) RETURN count(DISTINCT o)");
        List<WebElement> partnerBlocks = driver().findElements(By.cssSelector(".fact-group[data-type='COOPERATES_WITH'] .partner"));
        assertThat(partnerBlocks).hasSize((int) partners);
        // the 闵行区–淮南市 fact: its sentence with both mentions emphasised, and its document
        WebElement huainan = partnerBlocks.stream().filter(b -> b.findElement(By.tagName("h4")).getText().contains("淮南市"))
                .findFirst().orElseThrow();
        List<String> focused = huainan.findElements(By.cssSelector("ol.evidence mark.focus")).stream()
                .map(WebElement::getText).toList();
        assertThat(focused).anyMatch(s -> s.contains("闵行")).anyMatch(s -> s.contains("淮南"));
        assertThat(huainan.findElement(By.cssSelector("ol.evidence a.source")).getText()).isNotBlank();
        assertThat(driver().findElements(By.cssSelector(".investments tbody tr"))).hasSize(
                (int) count("MATCH (:Entity {id: '310112'})-[r:INVESTS_IN]-(:Entity) RETURN count(r)"));
        assertThat(browserLink()).contains("cmd=edit").contains(Http.encode("310112"));
        chromium.screenshot("entity");
    }

    @Test
    void evidenceLinkOpensTheDocumentWithEveryMentionHighlightedInTheBrowserColours() throws Exception {
        open("#/entity/310112");
        WebElement source = waitFor(By.cssSelector(".fact-group[data-type='COOPERATES_WITH'] ol.evidence a.source"));
        source.click();
        waitFor(By.cssSelector(".doc-text mark.m"));
        String documentId = URLDecoder.decode(driver().getCurrentUrl().replaceAll(".*#/document/([^?]+).*", "$1"),
                StandardCharsets.UTF_8);
        // one mark per span of text (a span may name two entities: 上海市闵行区), nested ones inside the longer
        long mentions = count("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s)-[m:MENTIONS]->() "
                + "RETURN count(DISTINCT [s.id, m.start, m.end])", documentId);
        long facts = count("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->()-[s:STATES]->() RETURN count(DISTINCT s.fact)", documentId);
        assertThat(driver().findElements(By.cssSelector(".doc-text mark.m"))).hasSize((int) mentions);
        assertThat(driver().findElements(By.cssSelector(".doc-facts > li"))).hasSize((int) facts);
        assertThat(driver().findElements(By.cssSelector(".doc-text .sentence.wanted"))).hasSize(1);
        Map<String, String> grass = browserStyleColours();
        WebElement district = driver().findElement(By.cssSelector(".doc-text mark.t-District"));
        String colour = (String) js("return getComputedStyle(arguments[0]).getPropertyValue('--mc').trim()", district);
        assertThat(colour.toUpperCase(Locale.ROOT)).isEqualTo(grass.get("District"));
        assertThat(text(By.cssSelector(".document .meta"))).contains(".txt");
        js("window.scrollTo(0, 0)");
        chromium.screenshot("document");
    }

    @Test
    void graphShowsTheNeighbourhoodHidesHubsShowsEdgeEvidenceAndExpandsInPlace() {
        open("#/graph/310112");
        WebElement cy = waitFor(By.cssSelector("#cy[data-visible-nodes]"));
        int shown = Integer.parseInt(cy.getDomAttribute("data-visible-nodes"));
        var api = http().get("/api/entities/310112/neighbors?depth=1&limit=300").json();
        long provinces = 0;
        for (var node : api.get("elements").get("nodes")) {
            String type = node.get("data").get("type").asString();
            provinces += type.equals("Province") || type.equals("Region") ? 1 : 0;
        }
        // provinces and regions (hubs) are hidden at first; the box brings them back
        assertThat(provinces).isPositive();
        assertThat(shown).isEqualTo(api.get("elements").get("nodes").size() - provinces);
        assertThat(text(By.cssSelector(".graph-counts"))).startsWith(shown + " 个节点");
        assertThat(cy.getDomAttribute("aria-label")).contains("闵行区");
        driver().findElement(By.cssSelector("input[name=hubs]")).click();
        assertThat(Integer.parseInt(cy.getDomAttribute("data-visible-nodes"))).isEqualTo(shown + provinces);
        driver().findElement(By.cssSelector("input[name=hubs]")).click();
        assertThat(Integer.parseInt(cy.getDomAttribute("data-visible-nodes"))).isEqualTo(shown);

        // a tap on the 闵行区–淮南市 edge shows its evidence (edges are too thin to hit reliably with a mouse)
        js("document.getElementById('view').graph.edges('[type = \"COOPERATES_WITH\"]')"
                + ".filter(e => [e.source().id(), e.target().id()].sort().join() === '310112,3404').first().emit('tap')");
        WebElement evidence = waitFor(By.cssSelector(".graph-panel .edge-evidence mark.focus"));
        assertThat(evidence.getText()).isNotBlank();
        assertThat(text(By.cssSelector(".graph-panel h2"))).contains("闵行区").contains("淮南市");
        chromium.screenshot("graph");

        // a double click on 淮南市 adds its own neighbours around it
        int before = (int) (long) (Long) js("return document.getElementById('view').graph.nodes().length");
        doubleClickOnGraph(cy, "cy.getElementById('3404').renderedPosition()");
        chromium.await(d -> (Long) js("return document.getElementById('view').graph.nodes().length") > before);
        waitFor(By.cssSelector(".graph-panel a.open")).click();
        assertThat(waitFor(By.cssSelector(".entity-head h1")).getText()).startsWith("淮南市");
    }

    @Test
    void investmentsFilterTotalsAndCsv() {
        open("#/investments?target=" + Http.encode("淮南高新区"));
        WebElement total = waitFor(By.cssSelector(".inv-total"));
        long rows = count("MATCH (t:Entity {id: 'Park:淮南高新区'}) MATCH (b:Entity)-[:LOCATED_IN*0..6]->(t) "
                + "MATCH (:Entity)-[r:INVESTS_IN]->(b) RETURN count(DISTINCT r)");
        long sum = count("MATCH (t:Entity {id: 'Park:淮南高新区'}) MATCH (b:Entity)-[:LOCATED_IN*0..6]->(t) "
                + "MATCH (:Entity)-[r:INVESTS_IN]->(b) WITH DISTINCT r RETURN toInteger(sum(coalesce(r.amountCny, 0)))");
        assertThat(driver().findElements(By.cssSelector(".inv-table tbody tr"))).hasSize((int) rows);
        assertThat(total.getText()).isEqualTo(rows + " 笔投资，合计 " + yi(sum));
        assertThat(driver().findElements(By.cssSelector("figure.bars .bar-row"))).isNotEmpty();
        // one target asked for: one bar per investor with an amount, the largest total first and written out
        String investments = "MATCH (t:Entity {id: 'Park:淮南高新区'}) MATCH (b:Entity)-[:LOCATED_IN*0..6]->(t) "
                + "MATCH (a:Entity)-[r:INVESTS_IN]->(b) WHERE r.amountCny > 0 WITH DISTINCT a, r WITH a, sum(r.amountCny) AS total ";
        long investors = count(investments + "RETURN count(a)");
        long largest = count(investments + "RETURN toInteger(max(total))");
        assertThat(driver().findElement(By.cssSelector("figure.bars")).getDomAttribute("aria-label")).startsWith("按投资方汇总: ");
        assertThat(driver().findElements(By.cssSelector("figure.bars .bar-row"))).hasSize((int) Math.min(10, investors));
        assertThat(text(By.cssSelector("figure.bars .bar-row .bar-value"))).isEqualTo(yi(largest));
        chromium.screenshot("investments");

        // at least 50 亿元: only the investments of 5,000,000,000 yuan or more stay, and the CSV holds exactly them
        WebElement min = driver().findElement(By.cssSelector(".filters input[name=min]"));
        min.sendKeys("50", Keys.ENTER);
        chromium.await(ExpectedConditions.urlContains("min=50"));
        long large = count("MATCH (t:Entity {id: 'Park:淮南高新区'}) MATCH (b:Entity)-[:LOCATED_IN*0..6]->(t) "
                + "MATCH (:Entity)-[r:INVESTS_IN]->(b) WHERE r.amountCny >= 5000000000 RETURN count(DISTINCT r)");
        chromium.await(d -> d.findElements(By.cssSelector(".inv-table tbody tr")).size() == large);
        String href = driver().findElement(By.cssSelector("a.csv")).getDomAttribute("href");
        String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFinvestor,investorId,target,targetId,amountCny,project,date,evidence,document");
        assertThat(lines).hasSize((int) large + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
                assertThat(Long.parseLong(line.split(",")[4])).isGreaterThanOrEqualTo(5_000_000_000L));
    }

    @Test
    void allInvestmentsShowTheirTotalsAtOncePageInTheRestAndDownloadEveryRow() {
        long all = count("MATCH (:Entity)-[r:INVESTS_IN]->(:Entity) RETURN count(r)");
        long sum = count("MATCH (:Entity)-[r:INVESTS_IN]->(:Entity) RETURN toInteger(sum(coalesce(r.amountCny, 0)))");
        long largestTarget = count("MATCH (:Entity)-[r:INVESTS_IN]->(t:Entity) WITH t, sum(r.amountCny) AS total "
                + "RETURN toInteger(max(total))");
        assertThat(all).isGreaterThan(3);
        // a first page of 3 rows: the totals and the chart are over every investment all the same
        open("#/investments?rows=3");
        assertThat(text(By.cssSelector(".inv-total"))).isEqualTo(all + " 笔投资，合计 " + yi(sum));
        assertThat(driver().findElements(By.cssSelector(".inv-table tbody tr"))).hasSize(3);
        assertThat(text(By.cssSelector("figure.bars .bar-row .bar-value"))).isEqualTo(yi(largestTarget));
        assertThat(driver().findElement(By.cssSelector("a.csv")).getDomAttribute("href")).isEqualTo("#");

        driver().findElement(By.cssSelector("button.all-rows")).click();
        chromium.await(d -> d.findElements(By.cssSelector(".inv-table tbody tr")).size() == all);
        // the first click on the CSV link fetches every row and builds the file (the download itself is refused here)
        chromium.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "deny"));
        driver().findElement(By.cssSelector("a.csv")).click();
        WebElement csv = chromium.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.csv[data-ready]")));
        String href = csv.getDomAttribute("href");
        List<String> lines = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize((int) all + 1);
        assertThat(lines.get(0)).startsWith("\uFEFFinvestor,investorId,target,");
    }

    @Test
    void pathFinderShowsEachHopWithEvidence() {
        open("#/path?from=" + Http.encode("莘庄工业区") + "&to=" + Http.encode("淮南市"));
        waitFor(By.cssSelector("ol.path"));
        long hops = count("MATCH (a:Entity {id: 'Park:闵行区莘庄工业区'}), (b:Entity {id: '3404'}) "
                + "MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..4]-(b)) RETURN length(p)");
        List<WebElement> hopItems = driver().findElements(By.cssSelector("ol.path > li.hop"));
        assertThat(hopItems).hasSize((int) hops);
        assertThat(hopItems).allSatisfy(hop -> assertThat(hop.findElements(By.cssSelector("ol.evidence mark.focus"))).isNotEmpty());
        List<WebElement> nodes = driver().findElements(By.cssSelector("ol.path > li.path-node"));
        assertThat(nodes.get(0).getText()).contains("莘庄工业区");
        assertThat(nodes.get(nodes.size() - 1).getText()).contains("淮南市");
        assertThat(text(By.cssSelector(".path-length"))).isEqualTo(hops + " 跳");
        chromium.screenshot("path");
    }

    @Test
    void uploadWithTheWriteTokenShowsWhatWasExtracted(@TempDir Path dir) throws Exception {
        // invented article: made-up park and company names between real places
        Path article = dir.resolve("explorer-upload-test.txt");
        Files.writeString(article, """
                青禾湾与云栖谷携手共建科创走廊
                2025年3月2日，苏州市吴江区与嘉兴市嘉善县签署合作协议，双方将共建青禾湾智能制造产业园。
                苏州云栖谷科技有限公司投资12亿元在嘉善县建设青禾湾智能制造产业园一期项目。
                """, StandardCharsets.UTF_8);
        String documentId = null;
        try {
            open("#/upload");
            waitFor(By.cssSelector(".upload-form input[type=file]")).sendKeys(article.toString());
            // a wrong token first: the service refuses, the page says so
            driver().findElement(By.cssSelector(".upload-form input[name=token]")).sendKeys("wrong-token");
            driver().findElement(By.cssSelector(".upload-form button")).click();
            assertThat(waitFor(By.cssSelector(".upload-result .error")).getText()).contains("token");
            assertThat(chromium.consoleErrors()).singleElement().asString().contains("401");

            WebElement token = driver().findElement(By.cssSelector(".upload-form input[name=token]"));
            token.clear();
            token.sendKeys(WRITE_TOKEN);
            driver().findElement(By.cssSelector(".upload-form button")).click();
            WebElement done = waitFor(By.cssSelector(".upload-result .done"));
            assertThat(done.getText()).startsWith("CREATED");
            String href = driver().findElement(By.cssSelector(".upload-result a.button")).getDomAttribute("href");
            documentId = URLDecoder.decode(href.substring(href.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            long entities = count("MATCH (:Document {id: $id})-[:HAS_SENTENCE]->()-[:MENTIONS]->(e) RETURN count(DISTINCT e)", documentId);
            assertThat(entities).isPositive();
            assertThat(driver().findElements(By.cssSelector(".upload-result .doc-entities li"))).hasSize((int) entities);
            assertThat(text(By.cssSelector(".upload-result .doc-entities"))).contains("吴江区").contains("嘉善县");
            chromium.screenshot("upload");
        } finally {
            if (documentId != null) {
                assertThat(http().delete("/api/documents/" + Http.encode(documentId), AUTH).status()).isEqualTo(204);
            } else {
                removeLateUpload(DocumentIds.of(article.getFileName().toString()));
            }
        }
    }

    /**
     * The page gave up waiting (a busy machine) while the service still extracts the upload: wait for it to
     * land and remove it, so the other tests still see the five seed documents only.
     */
    private void removeLateUpload(String documentId) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (http().get("/api/documents/" + Http.encode(documentId)).status() == 200) {
                http().delete("/api/documents/" + Http.encode(documentId), AUTH);
                return;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void renameRejectAFactAndUndoFromTheEntityPage() {
        try {
            String park = "Park:淮南高新区";
            String name = (String) scalar("MATCH (e:Entity {id: $id}) RETURN e.name", Map.of("id", park));
            openToCorrect(park, "分析员甲", "全称");
            WebElement newName = driver().findElement(By.cssSelector(".correct-rename input[name=name]"));
            newName.clear();
            newName.sendKeys("淮南青岚高新区", Keys.ENTER); // an invented name, from the keyboard
            chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".entity-head h1"), "淮南青岚高新区"));
            assertThat(text(By.cssSelector("dd.aliases"))).contains(name);

            // reject the first fact: it leaves the page and the graph, the correction is listed with who and why
            WebElement reject = waitFor(By.cssSelector(".fact button.reject"));
            String fact = reject.getDomAttribute("data-fact");
            By theFact = By.cssSelector(".fact[data-fact='" + fact + "']");
            reject.click();
            chromium.await(ExpectedConditions.numberOfElementsToBe(theFact, 0));
            assertThat(count("MATCH ()-[r {id: $id}]->() RETURN count(r)", fact)).isZero();
            assertThat(driver().findElements(By.cssSelector("table.corrections tbody tr"))).extracting(WebElement::getText)
                    .anyMatch(row -> row.startsWith("改名 分析员甲 ")).anyMatch(row -> row.startsWith("否决 分析员甲 "));
            js("window.scrollTo(0, 0)");
            chromium.screenshot("corrections");

            // undo both: the fact comes back, then the name
            undo("reject");
            chromium.await(ExpectedConditions.numberOfElementsToBe(theFact, 1));
            undo("rename");
            chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".entity-head h1"), name));
            assertThat(driver().findElements(By.cssSelector("table.corrections"))).isEmpty();
        } finally { // the shared graph as it was: what is still in force reverted, then no trace of the analyst
            forgetCorrectionsBy("分析员甲");
        }
    }

    @Test
    void mergeIntoASearchedEntityShowsTheResultAndUndoBringsTheEntityBack() {
        // two companies of the seeds, picked from the graph: the one mentioned least merges into another
        var rows = rows("MATCH (e:Company) "
                + "RETURN e.id AS id, e.name AS name ORDER BY COUNT { (e)<-[:MENTIONS]-() }, e.id LIMIT 2");
        String source = (String) rows.get(0).get("id");
        String sourceName = (String) rows.get(0).get("name");
        String target = (String) rows.get(1).get("id");
        String targetName = (String) rows.get(1).get("name");
        String facts = "MATCH (e:Entity {id: $id})-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-() RETURN count(r)";
        long sourceFacts = count(facts, source);
        long targetFacts = count(facts, target);
        try {
            openToCorrect(source, "分析员乙", "同一家公司");
            driver().findElement(By.cssSelector(".correct-merge input[name=q]")).sendKeys(targetName, Keys.ENTER);
            waitFor(By.cssSelector(".merge-targets button[data-target='" + target + "']")).click();

            // the page opens the target: the source's name is one of its aliases now, its facts are the target's
            chromium.await(ExpectedConditions.urlContains("#/entity/" + Http.encode(target)));
            assertThat(waitFor(By.cssSelector(".entity-head h1")).getText()).startsWith(targetName);
            assertThat(text(By.cssSelector("dd.aliases"))).contains(sourceName);
            assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", source)).isZero();
            assertThat(text(By.cssSelector("table.corrections tbody tr"))).startsWith("合并 分析员乙 ");
            js("window.scrollTo(0, 0)");
            chromium.screenshot("corrections-merge");

            undo("merge");
            chromium.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.corrections"), 0));
            assertThat(driver().findElements(By.cssSelector("dd.aliases"))).noneMatch(dd -> dd.getText().contains(sourceName));
            assertThat(count(facts, source)).isEqualTo(sourceFacts);
            assertThat(count(facts, target)).isEqualTo(targetFacts);
            driver().findElement(By.cssSelector(".correct-merge input[name=q]")).sendKeys(sourceName, Keys.ENTER);
            assertThat(waitFor(By.cssSelector(".merge-targets button[data-target='" + source + "']")).isDisplayed()).isTrue();
        } finally {
            forgetCorrectionsBy("分析员乙");
        }
    }

    @Test
    void retypeAddRemoveAndSplitOffAnAliasAndConfirmAFactThenUndoEach() {
        // an organisation of the seeds with an alias and a fact stated in text, picked from the graph
        var picked = rows("MATCH (e:Entity)-[r:COOPERATES_WITH|INVESTS_IN]-(:Entity) "
                + "WHERE (e:Park OR e:Company OR e:Organization OR e:Platform) AND size(coalesce(e.aliases, [])) > 0 "
                + "RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.aliases AS aliases "
                + "ORDER BY e.id LIMIT 1").get(0);
        String id = (String) picked.get("id");
        String newType = picked.get("type").equals("Park") ? "Organization" : "Park";
        String oldAlias = (String) ((List<?>) picked.get("aliases")).get(0);
        try {
            openToCorrect(id, "分析员丙", "");

            new org.openqa.selenium.support.ui.Select(driver().findElement(By.cssSelector(".correct-retype select[name=type]")))
                    .selectByValue(newType);
            driver().findElement(By.cssSelector(".correct-retype button")).click();
            chromium.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entity-head h1 .badge.t-" + newType)));

            waitFor(By.cssSelector(".correct-alias input[name=alias]")).sendKeys("青岚测试园", Keys.ENTER); // invented
            chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.aliases"), "青岚测试园"));

            waitFor(By.cssSelector(".alias-list button.remove-alias[data-alias='" + oldAlias + "']")).click();
            chromium.await(d -> !d.findElement(By.cssSelector("dd.aliases")).getText().contains(oldAlias));

            WebElement confirm = waitFor(By.cssSelector(".fact button.confirm"));
            String fact = confirm.getDomAttribute("data-fact");
            confirm.click();
            waitFor(By.cssSelector(".fact[data-fact='" + fact + "'] .confirmed"));
            assertThat(scalar("MATCH ()-[r {id: $id}]->() RETURN r.confirmed", Map.of("id", fact))).isEqualTo(true);
            assertThat(driver().findElements(By.cssSelector("table.corrections tbody td.kind"))).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("改类型", "加别名", "删别名", "确认");
            // the panel's alias buttons and the corrections in force, each with its undo button, in one picture
            js("document.querySelector('table.corrections').scrollIntoView({block: 'end'})");
            chromium.screenshot("corrections-more");

            // undone, the last first: the entity is as it was
            for (String kind : List.of("confirm", "remove-alias", "add-alias", "retype")) {
                undo(kind);
                chromium.await(ExpectedConditions.numberOfElementsToBe(By.xpath(
                        "//table[@class='corrections']//td[@data-kind='" + kind + "']"), 0));
            }
            waitFor(By.cssSelector(".fact[data-fact='" + fact + "'] button.confirm"));
            assertThat(text(By.cssSelector("dd.aliases"))).contains(oldAlias).doesNotContain("青岚测试园");
            assertThat(waitFor(By.cssSelector(".entity-head h1 .badge")).getDomAttribute("class")).endsWith("t-" + picked.get("type"));

            // the alias split off: an entity of its own (the extractor's id for that name), until undone
            String splitOff = id.substring(0, id.indexOf(':') + 1) + oldAlias;
            waitFor(By.cssSelector(".alias-list button.split[data-alias='" + oldAlias + "']")).click();
            waitFor(By.xpath("//table[@class='corrections']//td[@data-kind='split']"));
            assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", splitOff)).isOne();
            undo("split");
            chromium.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.corrections"), 0));
            assertThat(count("MATCH (e:Entity {id: $id}) RETURN count(e)", splitOff)).isZero();
        } finally {
            forgetCorrectionsBy("分析员丙");
        }
    }

    /** Opens the entity's page and fills the correct panel's who, why and write token. */
    private void openToCorrect(String entityId, String who, String why) {
        open("#/entity/" + Http.encode(entityId));
        WebElement name = waitFor(By.cssSelector(".correct-who input[name=who]"));
        name.clear(); // the page remembers the last name given
        name.sendKeys(who);
        driver().findElement(By.cssSelector(".correct-who input[name=why]")).sendKeys(why);
        WebElement token = driver().findElement(By.cssSelector(".correct-who input[name=token]"));
        token.clear();
        token.sendKeys(WRITE_TOKEN);
    }

    private void forgetCorrectionsBy(String who) {
        try (var session = driver.session()) {
            for (Object id : session.executeRead(tx -> tx.run("MATCH (c:Correction {who: $who, reverted: false}) RETURN c.id",
                    Map.of("who", who)).list(r -> r.get(0).asObject()))) {
                assertThat(http().delete("/api/corrections/" + Http.encode((String) id), AUTH).status()).isEqualTo(200);
            }
            session.executeWrite(tx -> tx.run("MATCH (c:Correction {who: $who}) DETACH DELETE c", Map.of("who", who)).consume());
        }
    }

    private void undo(String kind) {
        waitFor(By.xpath("//table[@class='corrections']//tr[td[@data-kind='" + kind + "']]//button[@class='undo']")).click();
    }

    @Test
    void englishSwitchAndPhoneWidth() {
        open("#/entity/310112");
        waitFor(By.cssSelector(".entity-head h1"));
        driver().findElement(By.id("lang")).click();
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header nav"), "Investments"));
        assertThat(waitFor(By.cssSelector(".entity-head h1")).getText()).contains("District");
        assertThat(text(By.cssSelector(".entity-head .counts"))).startsWith("Mentioned ");
        assertThat(text(By.id("lang"))).isEqualTo("中文");

        chromium.size(390, 844);
        open("#/search?q=" + Http.encode("長三角"));
        waitFor(By.cssSelector("table.results tbody tr"));
        assertThat(text(By.id("results-title"))).contains("results for “長三角”");
        Long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("horizontal overflow at phone width").isLessThanOrEqualTo(0L);
        chromium.screenshot("phone-search");
        driver().findElement(By.id("lang")).click();
        chromium.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header nav"), "投资"));
    }

    // --- helpers

    private WebDriver driver() {
        return chromium.driver();
    }

    private void open(String hash) {
        driver().get("http://localhost:" + port + "/" + hash);
    }

    private WebElement waitFor(By by) {
        return chromium.await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** How many views the page has rendered since it loaded (its "rendered" signal, #view[data-render-count]). */
    private int renderCount() {
        return ((Number) js("return Number(document.getElementById('view').dataset.renderCount ?? 0)")).intValue();
    }

    private String text(By by) {
        return waitFor(by).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    private List<Map<String, Object>> rows(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.asMap()));
        }
    }

    private long count(String cypher, String... id) {
        return ((Number) scalar(cypher, id.length == 0 ? Map.of() : Map.of("id", id[0]))).longValue();
    }

    private String browserLink() {
        return waitFor(By.cssSelector("a.browser-link")).getDomAttribute("href");
    }

    /** A real mouse double click at a point of the graph that a Cytoscape expression gives (in the container). */
    @SuppressWarnings("unchecked")
    private void doubleClickOnGraph(WebElement cy, String pointExpression) {
        js("arguments[0].scrollIntoView({block: 'center'})", cy);
        var point = (Map<String, Number>) js("const cy = document.getElementById('view').graph;"
                + " const p = " + pointExpression + "; const box = arguments[0].getBoundingClientRect();"
                + " return {x: box.left + arguments[0].clientLeft + p.x, y: box.top + arguments[0].clientTop + p.y};", cy);
        new Actions(driver()).moveToLocation(point.get("x").intValue(), point.get("y").intValue()).doubleClick().perform();
    }

    /** Entity colours from Neo4j Browser's style sheet, which the explorer must match. */
    private static Map<String, String> browserStyleColours() throws Exception {
        String grass = Files.readString(Path.of("cypher/browser/style.grass"));
        Matcher m = Pattern.compile("node\\.(\\w+) \\{[^}]*?\\n\\s*color: (#[0-9A-Fa-f]{6});").matcher(grass);
        Map<String, String> colours = new java.util.HashMap<>();
        while (m.find()) {
            colours.put(m.group(1), m.group(2).toUpperCase(Locale.ROOT));
        }
        return colours;
    }

    /** Yuan in 亿元 as the page writes it in Chinese. */
    private static String yi(long yuan) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
        format.setMaximumFractionDigits(2);
        return format.format(yuan / 1e8) + " 亿元";
    }
}
