package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.hankcs.hanlp.seg.common.Term;

/**
 * A sentence's HanLP segmentations, each computed on first use only: most sentences never need them.
 * Whether a match cuts a word uses the caller's segmentation (shared with the rest of the extractor);
 * abbreviation runs need the core dictionary's, which splits 京津冀 into characters.
 */
final class SentenceTerms {

    private final WordSignals words;
    private final Function<String, List<Term>> wordCuts;
    private final String text;
    private List<Term> terms;
    private List<Term> cuts;
    /** start offset of each term of {@code cuts}, for binary search */
    private int[] starts;

    SentenceTerms(WordSignals words, Function<String, List<Term>> wordCuts, String text) {
        this.words = words;
        this.wordCuts = wordCuts;
        this.text = text;
    }

    /** The core-dictionary terms in text order, as a random-access list (HanLP returns a linked list). */
    List<Term> get() {
        if (terms == null) terms = new ArrayList<>(words.segment(text));
        return terms;
    }

    /** True when a term crosses a boundary of [start, end): the span cuts a word in two (平湖 in 太平湖). */
    boolean cutsWord(int start, int end) {
        cuts();
        return crosses(start) || crosses(end);
    }

    /**
     * True when the words from the one that covers {@code offset} on are name words ending in an organisation or
     * park head within {@code maxWords}: 海星/n 澜/ng 私募/nz 基金/n 管理/vn 有限公司/nis after 上.
     */
    boolean nameRunsFrom(int offset, int maxWords) {
        cuts();
        int i = Arrays.binarySearch(starts, offset);
        for (int k = i >= 0 ? i : -i - 2, taken = 0; k >= 0 && k < cuts.size() && taken < maxWords; k++, taken++) {
            Term t = cuts.get(k);
            if (!Spans.nameLike(t.nature)) return false;
            if (Spans.endsWithHead(t.word)) return true;
        }
        return false;
    }

    /** True when the span cuts a word at its end only: 上海 in 上/f 海星/n 澜/ng 医院. */
    boolean cutsWordAtEndOnly(int start, int end) {
        cuts();
        return !crosses(start) && crosses(end);
    }

    /**
     * True when the span cuts a word only because a preposition before it was glued to its first characters
     * (位/q 于黎里/nr 镇/n): the word it cuts is the preposition's, not the name's.
     */
    boolean cutsOnlyAGluedPreposition(int start, int end) {
        cuts();
        if (crosses(end) || !crosses(start) || start < 1 || GLUED_PREPOSITIONS.indexOf(text.charAt(start - 1)) < 0) return false;
        int i = Arrays.binarySearch(starts, start);
        return starts[-i - 2] == start - 1;
    }

    private static final String GLUED_PREPOSITIONS = "于在至到与和赴从经";

    /** The rest of the term that covers {@code offset}, from there to its end: 江 for 黄浦江 at 江; "" at the end. */
    String restOfWordAt(int offset) {
        cuts();
        int i = Arrays.binarySearch(starts, offset);
        int at = i >= 0 ? i : -i - 2;
        if (at < 0 || at >= cuts.size()) return "";
        int end = starts[at] + cuts.get(at).length();
        return end > offset ? text.substring(offset, Math.min(end, text.length())) : "";
    }

    private void cuts() {
        if (cuts == null) {
            cuts = new ArrayList<>(wordCuts.apply(text));
            starts = new int[cuts.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = cuts.get(i).offset;
            }
        }
    }

    /** True when a term starts before {@code offset} and ends after it. */
    private boolean crosses(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return false; // a term starts exactly here
        }
        int before = -i - 2; // the term starting before offset
        return before >= 0 && starts[before] + cuts.get(before).length() > offset;
    }
}
