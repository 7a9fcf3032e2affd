package org.yrdkg.graph.query;

import java.util.ArrayList;
import java.util.List;

import org.yrdkg.graph.CypherFiles;

/**
 * Reads the header of a named query file: the leading {@code //} comment lines.
 * <pre>
 * // Cooperation partners of a place: who it works with, with the sentences that say so.
 * // @param place Entity required "the place: name, alias or id, e.g. 闵行区"
 * // @param limit Integer default 50 min 1 max 500 "rows at most"
 * // @param type String values COOPERATES_WITH,INVESTS_IN "fact type"
 * // @example place=闵行区&amp;limit=10
 * MATCH …
 * </pre>
 * Plain comment lines make up the description. After {@code @param NAME TYPE} come, in any order,
 * {@code required}, {@code default VALUE}, {@code min N}, {@code max N}, {@code values A,B,C}, and last
 * the description in double quotes.
 */
public final class QueryFileParser {

    private QueryFileParser() {
    }

    public static NamedQuery parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                break;
            }
            String comment = trimmed.substring(2).strip();
            if (comment.startsWith("@param ")) {
                params.add(param(name, comment.substring(7)));
            } else if (comment.startsWith("@example ")) {
                examples.add(comment.substring(9).strip());
            } else if (comment.startsWith("@")) {
                throw new IllegalStateException(name + ": unknown header tag in '" + comment + "'");
            } else if (!comment.isEmpty()) {
                description.append(description.isEmpty() ? "" : " ").append(comment);
            }
        }
        if (description.isEmpty()) {
            throw new IllegalStateException(name + ": the header needs a description comment line");
        }
        // the header stays out of what runs: a query that starts with a comment is planned on every run
        return new NamedQuery(name, description.toString(), params, examples, CypherFiles.withoutLeadingComments(text));
    }

    private static QueryParameter param(String query, String spec) {
        String description = "";
        int quote = spec.indexOf('"');
        if (quote >= 0) {
            int end = spec.lastIndexOf('"');
            description = end > quote ? spec.substring(quote + 1, end) : spec.substring(quote + 1);
            spec = spec.substring(0, quote);
        }
        String[] words = spec.strip().split("\\s+");
        if (words.length < 2) {
            throw new IllegalStateException(query + ": '@param " + spec + "' needs a name and a type");
        }
        String name = words[0];
        QueryParameter.Type type;
        try {
            type = QueryParameter.Type.valueOf(words[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(query + ": parameter " + name + " has unknown type " + words[1]);
        }
        boolean required = false;
        String defaultValue = null;
        Double min = null;
        Double max = null;
        List<String> values = List.of();
        for (int i = 2; i < words.length; i++) {
            String word = words[i];
            if (word.equals("required")) {
                required = true;
                continue;
            }
            if (i + 1 >= words.length) {
                throw new IllegalStateException(query + ": parameter " + name + ": '" + word + "' needs a value");
            }
            String value = words[++i];
            switch (word) {
                case "default" -> defaultValue = value;
                case "min" -> min = Double.valueOf(value);
                case "max" -> max = Double.valueOf(value);
                case "values" -> values = List.of(value.split(","));
                default -> throw new IllegalStateException(query + ": parameter " + name + ": unknown word '" + word + "'");
            }
        }
        return new QueryParameter(name, type, required, defaultValue, min, max, values, description);
    }
}
