package org.yrdkg.graph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Driver values as plain JSON-ready Java: maps, lists, strings, numbers, booleans. Nodes, relationships
 * and paths become maps; dates, times, durations and points their ISO/text form.
 */
public final class GraphValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private GraphValues() {
    }

    /** A text cell: a string, or the ISO/text form of a date or time as {@link #plain} gives it; null stays null. */
    public static String text(Value value) {
        Object plain = plain(value);
        return plain == null ? null : plain.toString();
    }

    /** A whole number cell, or null. */
    public static Long whole(Value value) {
        return value == null || value.isNull() ? null : value.asNumber().longValue();
    }

    /** A number cell with a fraction, or null. */
    public static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asNumber().doubleValue();
    }

    /** A list of texts, or null when the cell is null (an entity without aliases answers null, as it did). */
    public static List<String> texts(Value value) {
        return value == null || value.isNull() ? null : value.asList(GraphValues::text);
    }

    /** A list of things read from each element, empty when the cell is null. */
    public static <T> List<T> list(Value value, java.util.function.Function<Value, T> each) {
        return value == null || value.isNull() ? List.of() : value.asList(each);
    }

    /** Counts by name (entities per type, facts per type), in the order the query gives them. */
    public static Map<String, Long> counts(Value value) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String key : value.keys()) {
            out.put(key, whole(value.get(key)));
        }
        return out;
    }

    /** A map cell as plain JSON-ready values (an entity's own properties). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> plainMap(Value value) {
        return (Map<String, Object>) plain(value);
    }

    public static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            row.put(key, plain(record.get(key)));
        }
        return row;
    }

    public static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(TYPES.PATH())) {
            return path(value.asPath());
        }
        if (value.hasType(TYPES.LIST())) {
            List<Object> out = new ArrayList<>();
            for (Value v : value.values()) {
                out.add(plain(v));
            }
            return out;
        }
        if (value.hasType(TYPES.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : value.keys()) {
                out.put(key, plain(value.get(key)));
            }
            return out;
        }
        if (value.hasType(TYPES.STRING()) || value.hasType(TYPES.INTEGER()) || value.hasType(TYPES.FLOAT())
                || value.hasType(TYPES.BOOLEAN())) {
            return value.asObject();
        }
        if (value.hasType(TYPES.BYTES())) {
            return java.util.Base64.getEncoder().encodeToString(value.asByteArray());
        }
        if (value.hasType(TYPES.POINT())) {
            var p = value.asPoint();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("srid", p.srid());
            out.put("x", p.x());
            out.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                out.put("z", p.z());
            }
            return out;
        }
        // dates, times, date-times, durations: their ISO text
        return value.asObject().toString();
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("elementId", node.elementId());
        out.put("labels", node.labels());
        out.put("properties", properties(node.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> relationship(Relationship rel) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("elementId", rel.elementId());
        out.put("type", rel.type());
        out.put("startElementId", rel.startNodeElementId());
        out.put("endElementId", rel.endNodeElementId());
        out.put("properties", properties(rel.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> path(Path path) {
        List<Object> nodes = new ArrayList<>();
        path.nodes().forEach(n -> nodes.add(node(n)));
        List<Object> rels = new ArrayList<>();
        path.relationships().forEach(r -> rels.add(relationship(r)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", nodes);
        out.put("relationships", rels);
        return out;
    }

    private static Map<String, Object> properties(Map<String, Value> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }
}
