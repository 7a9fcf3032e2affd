package org.yrdkg.graph.query;

/**
 * A Cypher text with its comments and string literals blanked out (backticks dropped from quoted names),
 * so that word checks look only at the query's own keywords and names, never at values.
 */
final class CypherText {

    private CypherText() {
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
