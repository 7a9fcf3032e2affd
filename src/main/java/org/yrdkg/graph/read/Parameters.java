package org.yrdkg.graph.read;

import java.util.Arrays;
import java.util.Locale;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;

/** Checks of request parameters shared by the read endpoints; each failure names its parameter. */
public final class Parameters {

    private Parameters() {
    }

    public static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadParameterException(name, "Parameter '" + name + "' must be between " + min + " and " + max
                    + "; got " + value + ".");
        }
        return value;
    }

    /** A text that must be given, at most 200 characters (names, search text). */
    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "Parameter '" + name + "' is required.");
        }
        if (value.length() > 200) {
            throw new BadParameterException(name, "Parameter '" + name + "' is too long (" + value.length()
                    + " characters; at most 200).");
        }
        return value.strip();
    }

    /** An entity type label (District, Park, …) or null when not given. */
    public static String entityType(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(value.strip())) {
                return t.name();
            }
        }
        throw new BadParameterException(name, "Parameter '" + name + "' must be one of "
                + Arrays.toString(EntityType.values()) + "; got '" + value + "'.");
    }

    /** A fact type (COOPERATES_WITH, INVESTS_IN, LOCATED_IN) or null when not given. */
    public static String relationType(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (RelationType t : RelationType.values()) {
            if (t.name().equalsIgnoreCase(value.strip())) {
                return t.name();
            }
        }
        throw new BadParameterException(name, "Parameter '" + name + "' must be one of "
                + Arrays.toString(RelationType.values()) + "; got '" + value + "'.");
    }

    /** One of the given words (lower case), or the first when not given. */
    public static String oneOf(String name, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return allowed[0];
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(v)) {
            throw new BadParameterException(name, "Parameter '" + name + "' must be one of "
                    + String.join(", ", allowed) + "; got '" + value + "'.");
        }
        return v;
    }
}
