package org.yrdkg.graph.query;

/**
 * A Cypher text with its comments and string literals blanked out (backticks dropped from quoted names),
 * so that word checks look only at the query's own keywords and names, never at values.
 */
final class CypherText {

    private CypherText() {
    }

    /**
     * The text with every Unicode line separator made a line feed and every other space, separator or
     * invisible format character (no-break space, ideographic space, zero-width space, BOM …) made a plain
     * space, outside string literals and quoted names. The guard checks, and Neo4j runs, this text, so a
     * keyword cannot hide behind a separator that the checks and Neo4j's parser read differently.
     */
    static String normalized(String cypher) {
        StringBuilder out = new StringBuilder(cypher.length());
        int i = 0;
        int n = cypher.length();
        while (i < n) {
            char c = cypher.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipString(cypher, i, c);
                out.append(cypher, i, end);
                i = end;
            } else if (c == '`') {
                int end = cypher.indexOf('`', i + 1);
                end = end < 0 ? n : end + 1;
                out.append(cypher, i, end);
                i = end;
            } else {
                out.append(separator(c));
                i++;
            }
        }
        return out.toString();
    }

    private static char separator(char c) {
        if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return c == '\r' ? c : '\n';
        }
        if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
            return ' ';
        }
        return c;
    }

    /** The deepest nesting of brackets ( [ { in the code (comments and strings already blanked). */
    static int nesting(String code) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    static String code(String cypher) {
        StringBuilder out = new StringBuilder(cypher.length());
        int i = 0;
        int n = cypher.length();
        while (i < n) {
            char c = cypher.charAt(i);
            if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '/') {
                while (i < n && cypher.charAt(i) != '\n') i++;
                out.append(' ');
            } else if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '*') {
                int end = cypher.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                i = skipString(cypher, i, c);
                out.append("''");
            } else if (c == '`') {
                int end = cypher.indexOf('`', i + 1);
                end = end < 0 ? n : end;
                out.append(cypher, i + 1, end);
                i = Math.min(end + 1, n);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index after the closing quote of the string literal opening at {@code start}. */
    private static int skipString(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
