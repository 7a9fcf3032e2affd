package org.yrdkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher lives in the repo's {@code cypher/} folder (packaged into the jar under the same name), never
 * in Java strings. This reads a file once and hands out its text or its statements.
 */
public final class CypherFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> QUERIES = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    /**
     * The file as one statement, without its leading comment lines, e.g. {@code query("write/merge-facts")}.
     * Neo4j 5.26 does not reuse the cached plan of a query that starts with a comment: every run was
     * planned again (measured: a relations read 60 ms with its header comment, 12 ms without).
     */
    public static String query(String name) {
        return QUERIES.computeIfAbsent(name, n -> withoutLeadingComments(file(n + ".cypher")));
    }

    /** The text from its first line that is neither blank nor a {@code //} comment. */
    public static String withoutLeadingComments(String text) {
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = (end < 0 ? text.substring(at) : text.substring(at, end)).strip();
            if (!line.isEmpty() && !line.startsWith("//")) {
                break;
            }
            at = end < 0 ? text.length() : end + 1;
        }
        return text.substring(at);
    }

    /** Any file under {@code cypher/}, by its path with extension, e.g. {@code file("browser/style.grass")}. */
    public static String file(String path) {
        return CACHE.computeIfAbsent(path, CypherFiles::read);
    }

    /** The file split into statements at semicolons that end a line; comment lines dropped. */
    public static List<String> statements(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : file(name + ".cypher").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String file) {
        String path = "cypher/" + file;
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing Cypher file on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
