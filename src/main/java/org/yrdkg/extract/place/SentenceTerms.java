package org.yrdkg.extract.place;

import java.util.List;

import com.hankcs.hanlp.seg.common.Term;

/** A sentence's HanLP segmentation, computed on first use only: most sentences never need it. */
final class SentenceTerms {

    private final WordSignals words;
    private final String text;
    private List<Term> terms;

    SentenceTerms(WordSignals words, String text) {
        this.words = words;
        this.text = text;
    }

    List<Term> get() {
        if (terms == null) {
            terms = words.segment(text);
        }
        return terms;
    }
}
