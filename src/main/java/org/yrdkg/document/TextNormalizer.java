package org.yrdkg.document;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;

/**
 * Traditional→Simplified and full-width→half-width folding, with a map from every normalised char back
 * to the char of the input it came from.
 *
 * <p>HanLP converts phrase by phrase (longest match in its dictionary) and a few phrases change length
 * (e.g. a BMP char whose Simplified form lies outside the BMP). {@code HanLP.convertToSimplifiedChinese}
 * hides where each phrase came from, so the same longest-match walk is done here over HanLP's own
 * dictionary trie; the output equals HanLP's, and the offsets stay exact.
 */
final class TextNormalizer {

    /** Normalised text and, for each of its chars, the index of the originating char in the input. */
    record NormalizedText(String text, int[] toOriginal) {
    }

    /** Chars looked at to tell Traditional from Simplified text. */
    private static final int SCRIPT_SAMPLE = 100_000;
    private static final int MIN_DISTINCT_CHANGES = 2;
    private static final double MIN_CHANGED_SHARE = 0.02;

    private TextNormalizer() {
    }

    /** Traditional→Simplified and width folding. */
    static NormalizedText normalize(String input) {
        return normalize(input, true);
    }

    /**
     * @param toSimplified false for text that is Simplified already (see {@link #looksTraditional}):
     *                     only the width is folded then
     */
    static NormalizedText normalize(String input, boolean toSimplified) {
        char[] chars = input.toCharArray();
        int n = chars.length;
        String[] phrase = new String[n];
        int[] phraseLength = new int[n];
        if (toSimplified) {
            TraditionalChineseDictionary.trie.parseText(chars, (begin, end, value) -> {
                if (end - begin > phraseLength[begin]) {
                    phrase[begin] = value;
                    phraseLength[begin] = end - begin;
                }
            });
        }
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 8];
        int m = 0;
        for (int i = 0; i < n; ) {
            if (phrase[i] == null) {
                map = ensure(map, m + 1);
                out.append(foldWidth(chars[i]));
                map[m++] = i;
                i++;
                continue;
            }
            String simplified = phrase[i];
            int from = phraseLength[i];
            int to = simplified.length();
            map = ensure(map, m + to);
            for (int j = 0; j < to; j++) {
                out.append(foldWidth(simplified.charAt(j)));
                // same length: char to char; otherwise spread the output over the phrase, never past its end
                map[m++] = i + (from == to ? j : Math.min((int) ((long) j * from / to), from - 1));
            }
            i += from;
        }
        return new NormalizedText(out.toString(), m == map.length ? map : Arrays.copyOf(map, m));
    }

    /**
     * Whether a text is written in Traditional characters. Converting Simplified text is not a no-op:
     * HanLP maps a few chars that are also valid Simplified (乾县 → 干县), which would break names. A
     * Traditional text changes in many places and many different chars; a Simplified one in at most a
     * handful of such names.
     */
    static boolean looksTraditional(String text) {
        String sample = text.length() <= SCRIPT_SAMPLE ? text : text.substring(0, SCRIPT_SAMPLE);
        NormalizedText converted = normalize(sample, true);
        int han = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) han++;
        }
        int changed = 0;
        Set<Character> distinct = new HashSet<>();
        String out = converted.text();
        for (int j = 0; j < out.length(); j++) {
            char original = sample.charAt(converted.toOriginal()[j]);
            if (out.charAt(j) != foldWidth(original)) {
                changed++;
                distinct.add(original);
            }
        }
        return distinct.size() >= MIN_DISTINCT_CHANGES && changed >= MIN_CHANGED_SHARE * han;
    }

    /** Normalised text only, for matching patterns (furniture, dates) where offsets are not needed. */
    static String normalizedText(String input) {
        return normalize(input).text();
    }

    /**
     * Full-width ASCII (digits, letters, brackets, %, ＋ …) to half-width, ideographic and no-break spaces
     * to a space. The Chinese punctuation that sentence splitting and extraction patterns look for
     * (，！？；： and 。、“” which lie outside this block anyway) stays as it is.
     */
    static char foldWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return switch (c) {
                case '，', '！', '？', '；', '：' -> c;
                default -> (char) (c - 0xFEE0);
            };
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return c;
    }

    private static int[] ensure(int[] map, int size) {
        return size <= map.length ? map : Arrays.copyOf(map, Math.max(size, map.length * 2));
    }
}
