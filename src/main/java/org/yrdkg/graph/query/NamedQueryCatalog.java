package org.yrdkg.graph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named queries: every {@code cypher/queries/NAME.cypher} on the classpath, parsed at start-up and
 * then checked by {@link CypherGuard} against the running Neo4j (after the schema is applied). A file
 * that would write, or that Neo4j cannot plan, stops the start-up with the file's name and the reason.
 */
@Component
public class NamedQueryCatalog {

    private static final Logger log = LoggerFactory.getLogger(NamedQueryCatalog.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, NamedQuery> queries;
    private final CypherGuard guard;

    public NamedQueryCatalog(CypherGuard guard,
                             @Value("${yrdkg.queries.location:classpath*:cypher/queries/*.cypher}") String location) {
        this.guard = guard;
        this.queries = load(location);
    }

    /** Refuses (throws) when any query is not a plain read query. */
    public void checkAll() {
        long started = System.nanoTime();
        for (NamedQuery query : queries.values()) {
            try {
                guard.check(query.cypher(), sampleValues(query));
            } catch (QueryRefusedException e) {
                throw new IllegalStateException("Named query cypher/queries/" + query.name()
                        + ".cypher refused: " + e.getMessage(), e);
            }
        }
        log.info("Named queries checked read-only: {} ({} ms)", queries.keySet(), (System.nanoTime() - started) / 1_000_000);
    }

    public java.util.Set<String> names() {
        return queries.keySet();
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    private static Map<String, NamedQuery> load(String location) {
        Map<String, NamedQuery> out = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
                String filename = file.getFilename();
                String name = filename == null ? "" : filename.replaceFirst("\\.cypher$", "");
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalStateException("Named query file " + filename + ": names are lower-case words and dashes");
                }
                String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                out.put(name, QueryFileParser.parse(name, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Values of the declared types, for planning only (EXPLAIN runs nothing). */
    private static Map<String, Object> sampleValues(NamedQuery query) {
        Map<String, Object> values = new HashMap<>();
        for (QueryParameter p : query.params()) {
            String sample = p.defaultValue() != null ? p.defaultValue()
                    : !p.values().isEmpty() ? p.values().get(0)
                    : p.min() != null ? String.valueOf(p.min().longValue())
                    : switch (p.type()) {
                        case Integer, Float -> "1";
                        case Boolean -> "false";
                        case String, Entity -> "x";
                    };
            values.put(p.name(), p.convert(sample));
        }
        return values;
    }
}
