package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.yrdkg.extract.model.EntityType;

/**
 * One Aho-Corasick automaton over every surface form the recogniser looks for: the gazetteer's full
 * and short names, the region names and the multi-province group words. Matching is linear in the text.
 */
final class AliasTrie {

    /** What a matched key stands for: divisions, a region, or a group of provinces. */
    record Key(String surface, List<Gazetteer.Alias> aliases, Place region, List<String> groupCodes) {
        boolean isDivision() {
            return aliases != null;
        }
    }

    /** A raw match: [start, end) in the searched text. */
    record Hit(int start, int end, Key key) {
        int length() {
            return end - start;
        }

        boolean isTown() {
            return key.isDivision() && key.aliases().get(0).place().type() == EntityType.Town;
        }
    }

    static final String DELTA = "长三角";
    static final String YANGTZE_BELT = "长江经济带";
    static final String BEIJING_AREA = "京津冀";
    static final String PEARL_DELTA = "珠三角";
    /** Surface forms of the named regions, mapped to their canonical names. */
    static final Map<String, String> REGION_FORMS = Map.ofEntries(
            Map.entry("长三角", DELTA), Map.entry("长江三角洲", DELTA), Map.entry("长三角地区", DELTA),
            Map.entry("长三角区域", DELTA), Map.entry("长三角城市群", DELTA), Map.entry("长江三角洲地区", DELTA),
            Map.entry("长江三角洲区域", DELTA), Map.entry("长江三角洲城市群", DELTA),
            Map.entry(YANGTZE_BELT, YANGTZE_BELT), Map.entry("粤港澳大湾区", "粤港澳大湾区"),
            // the other regions named by national strategies: an area in its own right, not a list of provinces
            Map.entry("京津冀", BEIJING_AREA), Map.entry("京津冀地区", BEIJING_AREA), Map.entry("京津冀城市群", BEIJING_AREA),
            Map.entry("珠三角", PEARL_DELTA), Map.entry("珠江三角洲", PEARL_DELTA), Map.entry("珠三角地区", PEARL_DELTA),
            Map.entry("成渝地区双城经济圈", "成渝地区双城经济圈"), Map.entry("长江中游城市群", "长江中游城市群"));

    /** Group words naming provinces; 两省一市 has no fixed members and is resolved from the document. */
    static final String TWO_AND_ONE = "两省一市";
    static final String ONE_AND_TWO = "一市两省";
    static final Map<String, List<String>> GROUP_WORDS = Map.of(
            "三省一市", List.of("31", "32", "33", "34"),
            "一市三省", List.of("31", "32", "33", "34"),
            TWO_AND_ONE, List.of(),
            ONE_AND_TWO, List.of(),
            "江浙", List.of("32", "33"),
            "江浙沪", List.of("32", "33", "31"),
            "江浙皖", List.of("32", "33", "34"),
            "江浙沪皖", List.of("32", "33", "31", "34"),
            "江浙皖沪", List.of("32", "33", "34", "31"));

    private final AhoCorasickDoubleArrayTrie<Key> trie = new AhoCorasickDoubleArrayTrie<>();

    AliasTrie(Gazetteer gazetteer) {
        TreeMap<String, Key> keys = new TreeMap<>();
        for (Map.Entry<String, List<Gazetteer.Alias>> e : gazetteer.aliasIndex().entrySet()) {
            keys.put(e.getKey(), new Key(e.getKey(), e.getValue(), null, null));
        }
        REGION_FORMS.forEach((surface, name) -> keys.put(surface, new Key(surface, null, Place.region(name), null)));
        GROUP_WORDS.forEach((surface, codes) -> keys.put(surface, new Key(surface, null, null, codes)));
        trie.build(keys);
    }

    /** Every key occurrence in {@code text}, overlapping ones included. */
    List<Hit> findAll(String text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, key) -> hits.add(new Hit(begin, end, key)));
        return hits;
    }

    /**
     * Longest-first selection of non-overlapping hits (上海市 over 上海). A town name wins over the names it
     * contains (余杭街道 over 余杭) but never cuts into another name: in 长江镇江段 the city 镇江 stays, since
     * towns are often dropped later for want of context.
     */
    static List<Hit> longestNonOverlapping(List<Hit> hits, int textLength) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.start() - b.start());
        Hit[] owner = new Hit[textLength];
        for (Hit h : sorted) {
            if (!h.isTown() && free(owner, h.start(), h.end())) {
                take(owner, h);
            }
        }
        for (Hit h : sorted) {
            if (h.isTown() && containsWhatItOverlaps(owner, h)) {
                take(owner, h);
            }
        }
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < textLength; i++) {
            if (owner[i] != null && owner[i].start() == i) {
                out.add(owner[i]);
            }
        }
        return out;
    }

    private static boolean free(Hit[] owner, int start, int end) {
        for (int i = start; i < end; i++) {
            if (owner[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** No hit taken so far reaches outside {@code h}. */
    private static boolean containsWhatItOverlaps(Hit[] owner, Hit h) {
        for (int i = h.start(); i < h.end(); i++) {
            Hit o = owner[i];
            if (o != null && (o.start() < h.start() || o.end() > h.end() || o.isTown())) {
                return false;
            }
        }
        return true;
    }

    private static void take(Hit[] owner, Hit h) {
        for (int i = h.start(); i < h.end(); i++) {
            owner[i] = h;
        }
    }
}
