package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.hankcs.hanlp.seg.common.Term;

/** A sentence's HanLP segmentation, computed on first use only: most sentences never need it. */
final class SentenceTerms {

    private final WordSignals words;
    private final String text;
    private List<Term> terms;
    /** start offset of each term, for binary search */
    private int[] starts;

    SentenceTerms(WordSignals words, String text) {
        this.words = words;
        this.text = text;
    }

    /** The terms in text order, as a random-access list (HanLP returns a linked list). */
    List<Term> get() {
        if (terms == null) {
            terms = new ArrayList<>(words.segment(text));
            starts = new int[terms.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = terms.get(i).offset;
            }
        }
        return terms;
    }

    /** True when a term crosses a boundary of [start, end): the span cuts a word in two (平湖 in 太平湖). */
    boolean cutsWord(int start, int end) {
        get();
        return crosses(start) || crosses(end);
    }

    /** True when a term starts before {@code offset} and ends after it. */
    private boolean crosses(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return false; // a term starts exactly here
        }
        int before = -i - 2; // the term starting before offset
        return before >= 0 && starts[before] + terms.get(before).length() > offset;
    }
}
