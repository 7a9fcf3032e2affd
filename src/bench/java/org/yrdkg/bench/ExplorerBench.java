package org.yrdkg.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yrdkg.explorer.HeadlessChromium;
import org.yrdkg.graph.read.ReadWarmUp;
import org.yrdkg.pipeline.BackgroundExtractor;

/**
 * Phase "explorer": the explorer at / in a headless Chromium (as the page tests drive it) over the real
 * service holding the loaded graph. For a few entities picked from the graph it walks what an analyst does
 * (open the page, search, open the entity, its graph at depth 1 and 2, a document, investments, a path) and
 * times each view with the page's own signal (#view's data-rendered-at, set once the browser painted it):
 * a first view from navigation start, every other view from the click (or change, or submit) that asked for
 * it. Beside each, the API calls the view made, as the browser timed them (Resource Timing): from the first
 * call's start to the last call's end. The browser's cache is off, so every page load fetches the scripts.
 * One walk runs before the timed ones, untimed, as the query phase warms up before it measures, and only once
 * the service has built its extractor and warmed its reads up in the background.
 */
final class ExplorerBench {

    static final double FIRST_VIEW_TARGET_MS = 1000;
    static final double CLICK_TARGET_MS = 1500;
    private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(60);

    /** One timed view: how long until it was painted, and how long its API calls took (NaN: it made none). */
    record Timing(String view, boolean firstView, double renderedMs, double apiMs, List<String> calls) {
    }

    private final int samples;

    ExplorerBench(int samples) {
        this.samples = samples;
    }

    void run(Path dataDir, int documents, BenchResults results) throws Exception {
        Optional<HeadlessChromium> started = HeadlessChromium.start();
        String phase = String.format("explorer (%,d docs, Chromium)", documents);
        if (started.isEmpty()) {
            results.row(phase, "skipped", HeadlessChromium.MISSING);
            return;
        }
        List<Timing> timings = new ArrayList<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (BenchGraph graph = BenchGraph.start(dataDir, true); HeadlessChromium browser = started.get()) {
            // the service builds its extractor on a thread of its own after start-up (seconds of CPU here): a walk
            // that ran meanwhile would time that too
            graph.bean(BackgroundExtractor.class).get();
            // and the service's own warm-up of the page's reads (plans, compiled expressions), which an analyst who
            // opens the page within its first minute would meet half done
            ReadWarmUp.Report warmUp = graph.bean(ReadWarmUp.class).done().get();
            results.row(phase, "service's read warm-up after start (not timed below)",
                    String.format("%,d ms, %d reads, %d failed", warmUp.took().toMillis(), warmUp.reads().size(),
                            warmUp.failed().size()));
            List<Walk> walks = walks(graph);
            browser.size(1280, 800);
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            // one walk first, not timed: the service plans each query once and the JVM compiles the hot code
            System.err.printf("  explorer warm-up walk: %s%n", walks.get(0).name());
            new Walker(browser, graph.api(), null).walk(walks.get(0));
            for (int i = 0; i < walks.size(); i++) {
                System.err.printf("  explorer walk %d of %d: %s%n", i + 1, walks.size(), walks.get(i).name());
                timings.addAll(new Walker(browser, graph.api(), i == 0 ? "bench-" + documents + "-" : null).walk(walks.get(i)));
            }
            List<String> errors = browser.consoleErrors();
            results.section("explorer").put("consoleErrors", errors);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report(phase, documents, timings, loadBefore, loadAfter, results);
    }

    /** What one walk visits: an entity (by name, as typed), an investment target and two entities to connect. */
    record Walk(String name, String target, String from, String to) {
    }

    /**
     * The walks: the entity with most facts (a hub, the heaviest pages), then organisations that take part in
     * text facts, each with an investment target and a connected pair from the graph.
     */
    private List<Walk> walks(BenchGraph graph) {
        QueryArguments args = QueryArguments.pick(graph, 40);
        List<String> entities = new ArrayList<>(args.hubs().subList(0, Math.min(1, args.hubs().size())));
        args.pairs().stream().map(pair -> pair.get(0)).distinct().limit(Math.max(0, samples - entities.size()))
                .forEach(entities::add);
        List<Walk> walks = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            List<String> pair = args.pairs().isEmpty() ? List.of(entities.get(i), entities.get(0))
                    : args.pairs().get(i % args.pairs().size());
            String target = args.investmentTargets().isEmpty() ? entities.get(i)
                    : args.investmentTargets().get(i % args.investmentTargets().size());
            walks.add(new Walk(name(graph, entities.get(i)), name(graph, target), name(graph, pair.get(0)),
                    name(graph, pair.get(1))));
        }
        return walks;
    }

    private static String name(BenchGraph graph, String id) {
        return (String) graph.read("pick-name", Map.of("id", id)).get(0).get("name");
    }

    /** Drives one walk through the page and times each view. */
    private static final class Walker {

        private final HeadlessChromium browser;
        private final ChromeDriver driver;
        private final URI base;
        private final String screenshots;
        private final List<Timing> timings = new ArrayList<>();

        Walker(HeadlessChromium browser, URI base, String screenshots) {
            this.browser = browser;
            this.driver = browser.driver();
            this.base = base;
            this.screenshots = screenshots;
        }

        List<Timing> walk(Walk w) {
            firstView("home", "#/");
            afterClick("search", () -> {
                WebElement box = driver.findElement(By.id("q"));
                box.clear();
                box.sendKeys(w.name());
            }, () -> driver.findElement(By.cssSelector("#search-form button")).click());
            afterClick("entity", null, () -> driver.findElement(By.cssSelector("table.results tbody tr a")).click());
            afterClick("graph, depth 1", null,
                    () -> driver.findElement(By.cssSelector(".entity-head .actions a[href^='#/graph/']")).click());
            afterClick("graph, depth 2", null,
                    () -> new Select(driver.findElement(By.cssSelector(".graph-controls select[name=depth]"))).selectByValue("2"));

            firstView("search", "#/search?q=" + encode(w.name()));
            firstView("entity", driver.findElement(By.cssSelector("table.results tbody tr a")).getDomAttribute("href"));
            if (!driver.findElements(By.cssSelector("ol.evidence a.source")).isEmpty()) {
                afterClick("document", null, () -> driver.findElement(By.cssSelector("ol.evidence a.source")).click());
            }
            afterClick("investments, all", null, () -> driver.findElement(By.cssSelector("nav a[data-route=investments]")).click());
            afterClick("investments, one target", () -> type(".investments-view input[name=target]", w.target()),
                    () -> driver.findElement(By.cssSelector(".investments-view .filters button")).click());
            afterClick("path form", null, () -> driver.findElement(By.cssSelector("nav a[data-route=path]")).click());
            afterClick("path", () -> {
                type(".path-view input[name=from]", w.from());
                type(".path-view input[name=to]", w.to());
            }, () -> driver.findElement(By.cssSelector(".path-view .filters button")).click());
            return timings;
        }

        private void type(String css, String text) {
            WebElement input = driver.findElement(By.cssSelector(css));
            input.clear();
            input.sendKeys(text);
        }

        /** A fresh page load of the address: rendered from navigation start. */
        private void firstView(String view, String hash) {
            driver.get("about:blank");
            driver.get(base.resolve("/") + hash);
            awaitRendered(view, 0);
            record(view, true, 0);
        }

        /**
         * Prepares (typing is not timed), then times the view from the action's first input event (a click, a
         * change, a submit, a key) to the page's rendered signal.
         */
        private void afterClick(String view, Runnable prepare, Runnable action) {
            if (prepare != null) {
                prepare.run();
            }
            long before = renderCount();
            js("""
                    if (!window.benchInput) {
                      window.benchInput = true;
                      for (const type of ['click', 'change', 'submit', 'keydown'])
                        document.addEventListener(type, () => { window.benchInputAt ??= performance.now(); }, true);
                    }
                    window.benchInputAt = null;
                    performance.clearResourceTimings();""");
            action.run();
            awaitRendered(view, before);
            double inputAt = ((Number) js("return window.benchInputAt")).doubleValue();
            record(view, false, inputAt);
        }

        private void awaitRendered(String view, long renderCountBefore) {
            String route = view.replaceFirst("[ ,].*", "").replace("home", "");
            new WebDriverWait(driver, VIEW_TIMEOUT).until(d -> {
                Object count = js("const v = document.getElementById('view');"
                        + " return v && v.dataset.rendered === arguments[0] ? Number(v.dataset.renderCount) : -1;", route);
                return ((Number) count).longValue() > renderCountBefore;
            });
        }

        private long renderCount() {
            return ((Number) js("return Number(document.getElementById('view').dataset.renderCount ?? 0)")).longValue();
        }

        @SuppressWarnings("unchecked")
        private void record(String view, boolean firstView, double since) {
            double renderedAt = ((Number) js("return Number(document.getElementById('view').dataset.renderedAt)")).doubleValue();
            List<Map<String, Object>> calls = (List<Map<String, Object>>) js("""
                    return performance.getEntriesByType('resource')
                      .filter(e => e.name.includes('/api/') && e.startTime >= arguments[0] && e.startTime <= arguments[1])
                      .map(e => ({url: decodeURIComponent(e.name.replace(/^https?:\\/\\/[^/]+/, '')), start: e.startTime, end: e.responseEnd}));""",
                    since, renderedAt);
            double first = calls.stream().mapToDouble(c -> ((Number) c.get("start")).doubleValue()).min().orElse(Double.NaN);
            double last = calls.stream().mapToDouble(c -> ((Number) c.get("end")).doubleValue()).max().orElse(Double.NaN);
            List<String> described = calls.stream().map(c -> String.format("%s %.0f ms", c.get("url"),
                    ((Number) c.get("end")).doubleValue() - ((Number) c.get("start")).doubleValue())).toList();
            timings.add(new Timing(view, firstView, renderedAt - since, last - first, described));
            if (screenshots != null) {
                browser.screenshot(screenshots + view.replaceAll("[^a-z0-9]+", "-"));
            }
        }

        private Object js(String script, Object... args) {
            return driver.executeScript(script, args);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void report(String phase, int documents, List<Timing> timings, double loadBefore, double loadAfter,
                               BenchResults results) {
        Map<String, Object> json = results.section("explorer");
        json.put("documents", documents);
        json.put("loadAverageBefore", loadBefore);
        json.put("loadAverageAfter", loadAfter);
        json.put("timings", timings);
        Map<String, List<Timing>> byView = new LinkedHashMap<>();
        for (Timing t : timings) {
            byView.computeIfAbsent((t.firstView() ? "first view: " : "after a click: ") + t.view(), k -> new ArrayList<>()).add(t);
        }
        for (var entry : byView.entrySet()) {
            List<Timing> list = entry.getValue();
            boolean first = list.get(0).firstView();
            double[] rendered = list.stream().mapToDouble(Timing::renderedMs).sorted().toArray();
            double[] api = list.stream().mapToDouble(Timing::apiMs).filter(ms -> !Double.isNaN(ms)).sorted().toArray();
            double target = first ? FIRST_VIEW_TARGET_MS : CLICK_TARGET_MS;
            results.add(new BenchResults.Row(phase, entry.getKey() + " (median / slowest of " + rendered.length + ")",
                    "rendered " + Format.ms(median(rendered)) + " / " + Format.ms(rendered[rendered.length - 1]),
                    api.length == 0 ? "no API call" : "API " + Format.ms(median(api)) + " / " + Format.ms(api[api.length - 1]),
                    "", String.format("≤ %.1f s", target / 1000), rendered[rendered.length - 1] <= target));
        }
        results.row(phase, "load average (1 min) before / after", String.format("%.1f / %.1f", loadBefore, loadAfter));
    }

    private static double median(double[] sorted) {
        return sorted[(sorted.length - 1) / 2];
    }
}
