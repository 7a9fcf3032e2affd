package org.yrdkg.graph.export;

import java.io.IOException;
import java.util.Map;

/**
 * Where an export's entities and facts are written, one at a time as they are read: first
 * {@link #begin}, then every node, then every edge, then {@link #end}. Property values are plain Java
 * (strings, longs, doubles, booleans, lists; dates as ISO text).
 */
public interface GraphSink {

    void begin(PropertyKeys keys) throws IOException;

    void node(String id, String type, Map<String, Object> properties) throws IOException;

    void edge(String id, String source, String target, String type, Map<String, Object> properties) throws IOException;

    void end() throws IOException;

    /** A list as one text value: its items joined by ';' (the form Gephi's list columns read). */
    static String text(Object value) {
        if (value instanceof Iterable<?> items) {
            StringBuilder out = new StringBuilder();
            for (Object item : items) {
                if (!out.isEmpty()) {
                    out.append(';');
                }
                out.append(item);
            }
            return out.toString();
        }
        return String.valueOf(value);
    }
}
