package org.yrdkg.graph.query;

import java.util.List;
import java.util.Locale;

import org.yrdkg.graph.read.BadParameterException;

/**
 * A parameter a named query declares in its header, e.g.
 * {@code // @param limit Integer default 20 min 1 max 200 "rows at most"}.
 *
 * @param type         String, Integer, Float, Boolean, or Entity (a name, alias or id, resolved to the id)
 * @param defaultValue used when the request omits it (null: none)
 * @param min          smallest allowed number (Integer, Float), or null
 * @param max          largest allowed number (Integer, Float), or null
 * @param values       the allowed values (String), or empty for any
 */
public record QueryParameter(String name, Type type, boolean required, String defaultValue, Double min, Double max,
                             List<String> values, String description) {

    public enum Type { String, Integer, Float, Boolean, Entity }

    public QueryParameter {
        values = List.copyOf(values);
    }

    /**
     * The request's text for this parameter as the Cypher value: checked, converted, default applied.
     * Entity values are returned as typed; the caller resolves them.
     */
    public Object convert(String text) {
        String given = text == null || text.isBlank() ? defaultValue : text.strip();
        if (given == null) {
            if (required) {
                throw bad("is required");
            }
            return null;
        }
        return switch (type) {
            case String, Entity -> oneOfValues(given);
            case Integer -> (long) inRange(parseNumber(given, true));
            case Float -> inRange(parseNumber(given, false));
            case Boolean -> parseBoolean(given);
        };
    }

    private String oneOfValues(String given) {
        if (!values.isEmpty() && !values.contains(given)) {
            throw bad("must be one of " + String.join(", ", values) + "; got '" + given + "'");
        }
        return given;
    }

    private double parseNumber(String given, boolean integer) {
        try {
            return integer ? java.lang.Long.parseLong(given) : java.lang.Double.parseDouble(given);
        } catch (NumberFormatException e) {
            throw bad("must be " + (integer ? "an integer" : "a number") + "; got '" + given + "'");
        }
    }

    private double inRange(double value) {
        if ((min != null && value < min) || (max != null && value > max)) {
            throw bad("must be between " + format(min) + " and " + format(max) + "; got " + format(value));
        }
        return value;
    }

    private boolean parseBoolean(String given) {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("must be true or false; got '" + given + "'");
        };
    }

    private BadParameterException bad(String problem) {
        return new BadParameterException(name, "Parameter '" + name + "' " + problem + ".");
    }

    private static String format(Double value) {
        if (value == null) {
            return "any";
        }
        return value == Math.rint(value) ? java.lang.String.valueOf(value.longValue()) : value.toString();
    }
}
