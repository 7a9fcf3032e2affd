package org.yrdkg.extract.text;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP segmentation without its name recognisers (they cost speed and their tags are only one
 * signal here). One segmenter per thread: HanLP segmenters keep configuration state.
 */
public final class Tokenizer {

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() ->
            HanLP.newSegment().enableOffset(true).enableNameRecognize(true)
                    .enablePlaceRecognize(false).enableOrganizationRecognize(false));

    /** The last sentences this thread segmented: place recognition and name recognition share one pass. */
    private static final ThreadLocal<java.util.Map<String, List<Term>>> RECENT = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Term>> eldest) {
                    return size() > 1024;
                }
            });

    /** HanLP's terms of a sentence, segmenting it once per thread however many passes ask. */
    public static List<Term> terms(String normalized) {
        return RECENT.get().computeIfAbsent(normalized, text -> List.copyOf(SEGMENT.get().seg(text)));
    }

    public List<Token> tokenize(String normalized) {
        List<Term> terms = terms(normalized);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int start = t.offset >= pos && normalized.startsWith(t.word, t.offset) ? t.offset : normalized.indexOf(t.word, pos);
            if (start < 0) {
                continue;
            }
            int end = start + t.word.length();
            if (!t.word.isBlank()) {
                out.add(new Token(t.word, String.valueOf(t.nature), start, end));
            }
            pos = end;
        }
        return out;
    }
}
