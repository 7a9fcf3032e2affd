package org.yrdkg.extract.place;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * What HanLP knows about words, used to keep place names from matching inside ordinary words:
 * its core dictionary (is 和平 an ordinary word? is 金山 a place?) and its segmentation (does a match
 * cut through a word, like 平湖 in 太平湖?).
 */
public final class WordSignals {

    /**
     * Whether HanLP's core dictionary knows the word mostly as a verb (its most frequent tag): 撬动 is no brand
     * whatever it was tagged in a sentence, and 共建 is a verb even where HanLP cut it 共/建湖.
     */
    public static boolean mainlyAVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) return false;
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) if (a.frequency[i] > a.frequency[best]) best = i;
        return a.nature[best].toString().startsWith("v");
    }

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

    /**
     * Reads a word from HanLP's core dictionary and its bundled custom dictionary (which knows more place
     * names: 吴江, 昆山 are ns there). A word is a place when a place tag (ns, j) is its most frequent tag
     * in either; 阿里 (mostly nt) and 和平 (mostly n) are not.
     */
    Reading read(String word) {
        CoreDictionary.Attribute core = CoreDictionary.get(word);
        CoreDictionary.Attribute custom = CustomDictionary.get(word);
        if (core == null && custom == null) {
            return Reading.UNKNOWN;
        }
        if (placeFirst(core) || placeFirst(custom)) {
            return Reading.PLACE;
        }
        if (custom == null && core.totalFrequency <= 2) {
            for (Nature n : core.nature) {
                if (n != Nature.n && n != Nature.s) {
                    return Reading.WORD;
                }
            }
            return Reading.RARE_WORD;
        }
        return Reading.WORD;
    }

    private static boolean placeFirst(CoreDictionary.Attribute a) {
        if (a == null) {
            return false;
        }
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        Nature n = a.nature[best];
        return n == Nature.ns || n == Nature.nsf || n == Nature.j;
    }

    /**
     * A character too common on its own to stand for a place in a contraction: a frequent word (上, 中, 大,
     * 新, 长) or a direction (东, 西, 南, 北). 闵, 淮, 宁, 常, 合 are rare enough.
     */
    boolean commonCharacter(char c) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        if (a == null) {
            return false;
        }
        return a.totalFrequency >= 100 || a.nature[0] == Nature.f;
    }
}
