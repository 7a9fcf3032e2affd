package org.yrdkg.graph.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The property keys of the exported entities (nodes) and facts (edges), each with the one attribute type
 * GraphML readers know that holds all its values: long, double, boolean, or string (lists, dates and
 * mixed values are written as text).
 */
public record PropertyKeys(Map<String, String> nodes, Map<String, String> edges) {

    /** The GraphML type of a key from the Cypher types of its values ({@code valueType()}). */
    static String attributeType(Collection<String> cypherTypes) {
        List<String> types = cypherTypes.stream().map(t -> t.replace(" NOT NULL", "")).distinct().toList();
        if (types.equals(List.of("INTEGER"))) {
            return "long";
        }
        if (!types.isEmpty() && types.stream().allMatch(t -> t.equals("INTEGER") || t.equals("FLOAT"))) {
            return "double";
        }
        if (types.equals(List.of("BOOLEAN"))) {
            return "boolean";
        }
        return "string";
    }
}
