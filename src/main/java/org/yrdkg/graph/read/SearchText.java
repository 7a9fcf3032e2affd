package org.yrdkg.graph.read;

import java.util.List;

import com.hankcs.hanlp.HanLP;

/** What a person typed, made ready for matching: stripped, Traditional folded to Simplified, Lucene-escaped. */
public record SearchText(String raw, String simplified) {

    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    public static SearchText of(String typed) {
        String raw = typed.strip();
        return new SearchText(raw, HanLP.convertToSimplifiedChinese(raw));
    }

    /** The text as typed and in Simplified script (the same twice when nothing was converted). */
    public List<String> names() {
        return List.of(raw, simplified);
    }

    /** The simplified text as a Lucene query: every special character escaped, so it is only text. */
    public String lucene() {
        return escape(simplified);
    }

    /**
     * A Lucene query on the aliases of index entityNames that every alias equal to either form of the text
     * matches, and every alias containing the Simplified text: a phrase of its CJK bigrams (a phrase of
     * consecutive bigrams is a substring). Candidates only; the caller checks them exactly.
     */
    public String aliasExact() {
        String query = phrase(simplified);
        return raw.equals(simplified) ? query : query + " OR " + phrase(raw);
    }

    /**
     * {@link #aliasExact()}, and for one character also the bigrams that start with it: the CJK analyser
     * indexes a lone character as itself but inside a word only as part of bigrams, so a one-character
     * phrase finds only aliases that are that character. A character that only ends an alias is still
     * missed (a leading wildcard would enumerate every term).
     */
    public String aliasCandidates() {
        String query = aliasExact();
        return simplified.codePointCount(0, simplified.length()) == 1 ? query + " OR aliases:" + lucene() + "*" : query;
    }

    /**
     * A Lucene phrase on names that every name containing the Simplified text matches, when the text is Han
     * of two characters or more (the CJK analyser indexes every pair of neighbouring characters); else null:
     * then only the text index finds substrings (its trigrams make shorter text scan its whole vocabulary).
     */
    public String nameContains() {
        boolean han = simplified.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return han && simplified.codePointCount(0, simplified.length()) >= 2 ? phrase("name", simplified) : null;
    }

    private static String phrase(String text) {
        return phrase("aliases", text);
    }

    private static String phrase(String field, String text) {
        return field + ":\"" + escape(text) + "\"";
    }

    /** Special characters escaped, and lower case so that AND, OR, NOT are words, not operators (the analyser lowercases anyway). */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
