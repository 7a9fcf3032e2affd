package org.yrdkg.graph.read;

import com.hankcs.hanlp.HanLP;

/** What a person typed, made ready for matching: stripped, Traditional folded to Simplified, Lucene-escaped. */
public record SearchText(String raw, String simplified) {

    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    public static SearchText of(String typed) {
        String raw = typed.strip();
        return new SearchText(raw, HanLP.convertToSimplifiedChinese(raw));
    }

    /** The simplified text as a Lucene query: every special character escaped, so it is only text. */
    public String lucene() {
        StringBuilder out = new StringBuilder();
        for (char c : simplified.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
