package org.yrdkg.extract.place;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * What HanLP knows about words, used to keep place names from matching inside ordinary words:
 * its core dictionary (is 和平 an ordinary word? is 金山 a place?) and its segmentation (does a match
 * cut through a word, like 平湖 in 太平湖?).
 */
final class WordSignals {

    /** Core-dictionary segmentation without HanLP's own name/place/organisation guessing or user dictionaries. */
    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
            .enableNumberQuantifierRecognize(false).enableCustomDictionary(false).enableOffset(true);

    List<Term> segment(String text) {
        return segment.seg(text);
    }

    /** How the core dictionary reads a word. */
    enum Reading {
        /** not in the dictionary: a rare string, most likely the place itself (闵行, 相城) */
        UNKNOWN,
        /** listed as a place name (ns) or an abbreviation (j) */
        PLACE,
        /** listed only as an ordinary word, rarely (昆山 n 1, 吴江 n 1): dictionary noise for a place name */
        RARE_WORD,
        /** an ordinary word or another proper name (和平, 城区, 金山 nz): needs support to be a place */
        WORD
    }

    Reading read(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return Reading.UNKNOWN;
        }
        boolean rare = a.totalFrequency <= 2;
        for (Nature n : a.nature) {
            if (n == Nature.ns || n == Nature.nsf || n == Nature.j) {
                return Reading.PLACE;
            }
            if (n != Nature.n && n != Nature.s) {
                rare = false;
            }
        }
        return rare ? Reading.RARE_WORD : Reading.WORD;
    }

    /** True when a segmentation token crosses a boundary of [start, end): the span cuts a word in two. */
    static boolean cutsWord(List<Term> terms, int start, int end) {
        for (Term t : terms) {
            int ts = t.offset, te = t.offset + t.length();
            if (ts >= end) {
                break;
            }
            if ((ts < start && te > start) || (ts < end && te > end)) {
                return true;
            }
        }
        return false;
    }
}
