package org.yrdkg.graph.read;

/**
 * The checks the reads make themselves, for callers other than the HTTP endpoints (named queries, export,
 * the command line); each failure names its parameter. The endpoints declare theirs (Bean Validation in api).
 */
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
}
