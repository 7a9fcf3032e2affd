package org.yrdkg.extract.place;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.EntityType;

/**
 * Places written as single characters: province abbreviations in groups (沪苏浙皖, 京津冀, 沪浙) or alone
 * (沪), and contractions of places the document names (闵淮 = 闵行区 + 淮南市, 沪苏湖 with 苏州, 湖州).
 * Runs are built from HanLP tokens of one character (or abbreviation tokens), so a character inside an
 * ordinary word (合 in 合作, 苏 in 复苏) never starts a run.
 */
final class AbbreviationRuns {

    /** Abbreviations that mean nothing else in running text and may stand alone. 苏 宁 新 青 … may not. */
    private static final String STANDALONE = "沪浙皖渝闽赣粤滇黔";
    /** Abbreviations that make a two-character group on their own; 云台, 青云, 港台 need a stronger partner. */
    private static final String STRONG = "沪苏浙皖京津冀渝豫鄂湘粤桂琼闽赣黔滇陕晋辽蜀鲁";
    /** City abbreviations that are not the city's first character, used only when the city is named too. */
    private static final Map<Character, String> CITY_ABBREVIATIONS = Map.of('宁', "3201", '甬', "3302", '锡', "3202");

    private final Gazetteer gazetteer;
    private final WordSignals words;

    AbbreviationRuns(Gazetteer gazetteer, WordSignals words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    List<PlaceMention> find(Document doc, Sentence s, SentenceTerms sentenceTerms, List<PlaceMention> taken,
                            Map<Character, List<Place>> byFirstChar, Set<Place> named) {
        List<PlaceMention> out = new ArrayList<>();
        boolean[] covered = new boolean[s.normalized().length()];
        for (PlaceMention m : taken) {
            Arrays.fill(covered, m.start(), m.end(), true);
        }
        if (!worthSegmenting(s.normalized(), covered, byFirstChar)) {
            return out;
        }
        List<Term> terms = sentenceTerms.get();
        int first = -1;
        for (int i = 0; i <= terms.size(); i++) {
            Term t = i < terms.size() ? terms.get(i) : null;
            boolean eligible = t != null && !overlaps(covered, t.offset, t.offset + t.length()) && eligible(t.word, byFirstChar);
            boolean continues = eligible && first >= 0 && t.offset == end(terms.get(i - 1));
            if (continues) {
                continue;
            }
            if (first >= 0 && delimited(terms, first, i - 1)) {
                addRun(doc, s, terms.get(first).offset, end(terms.get(i - 1)), byFirstChar, named, out);
            }
            first = eligible ? i : -1;
        }
        return out;
    }

    private static int end(Term t) {
        return t.offset + t.length();
    }

    /**
     * A run stands apart when no lone character of another name touches it: in 中新苏滁 (China-Singapore
     * Suzhou-Chuzhou) the run 新苏 is part of a longer abbreviation it cannot read. Lone function words
     * (在沪, 来沪, 沪苏浙三地), a following locative (沪上) and longer words are fine.
     */
    private static boolean delimited(List<Term> terms, int first, int last) {
        return loneFunctionWordOrApart(terms, first - 1, terms.get(first).offset, true)
                && loneFunctionWordOrApart(terms, last + 1, end(terms.get(last)), false);
    }

    private static boolean loneFunctionWordOrApart(List<Term> terms, int i, int touching, boolean before) {
        if (i < 0 || i >= terms.size()) {
            return true;
        }
        Term t = terms.get(i);
        if (t.length() != 1 || (before ? end(t) : t.offset) != touching || !Character.isIdeographic(t.word.charAt(0))) {
            return true;
        }
        String tag = t.nature.toString();
        // after the run a locative also closes it (沪上, 皖内); before it, 中 of 中新苏滁 does not
        return "pcudvrmqyeow".indexOf(tag.charAt(0)) >= 0 || (!before && tag.charAt(0) == 'f');
    }

    /** A lone standalone abbreviation or two adjacent candidate characters outside the mentions found so far. */
    private boolean worthSegmenting(String text, boolean[] covered, Map<Character, List<Place>> byFirstChar) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean candidate = resolvable(c, byFirstChar)
                    && !covered[i];
            if (candidate && (previous || STANDALONE.indexOf(c) >= 0)) {
                return true;
            }
            previous = candidate;
        }
        return false;
    }

    /** A province abbreviation, a city abbreviation (锡 for 无锡) or the first character of a named place. */
    private boolean resolvable(char c, Map<Character, List<Place>> byFirstChar) {
        return !gazetteer.provincesByAbbreviation(c).isEmpty() || byFirstChar.containsKey(c) || CITY_ABBREVIATIONS.containsKey(c);
    }

    private boolean eligible(String word, Map<Character, List<Place>> byFirstChar) {
        if (word.length() > 4) {
            return false;
        }
        if (word.length() > 1) {
            WordSignals.Reading r = words.read(word);
            if (r != WordSignals.Reading.PLACE && r != WordSignals.Reading.UNKNOWN) {
                return false;
            }
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!resolvable(c, byFirstChar)) {
                return false;
            }
        }
        return true;
    }

    private void addRun(Document doc, Sentence s, int start, int end, Map<Character, List<Place>> byFirstChar,
                        Set<Place> named, List<PlaceMention> out) {
        String text = s.normalized();
        String run = text.substring(start, end);
        // 沪闵路, 沪宁高速, and 沪通铁路 where 通 is not a place we know; 沪B2-2017 is a licence number
        boolean road = Surroundings.roadName(text, end) || (end < text.length() && Surroundings.roadName(text, end + 1));
        boolean code = end < text.length() && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end));
        if (road || code || run.length() > 8 || !gazetteer.aliases(run).isEmpty()) {
            return;
        }
        if (run.length() == 1) {
            char c = run.charAt(0);
            if (STANDALONE.indexOf(c) >= 0) {
                out.add(Spans.mention(doc, s, start, end, gazetteer.provincesByAbbreviation(c),
                        PlaceMention.Form.ABBREVIATION, List.of()));
            }
            return;
        }
        List<Place> group = provinceGroup(run, named);
        if (group != null) {
            out.add(Spans.mention(doc, s, start, end, group, PlaceMention.Form.GROUP, List.of()));
            return;
        }
        List<Place> contraction = contraction(run, byFirstChar, named);
        if (contraction != null) {
            out.add(Spans.mention(doc, s, start, end, contraction, PlaceMention.Form.CONTRACTION, List.of()));
        }
    }

    /** 沪苏浙皖, 京津冀, 沪宁 (宁 = 南京 beside a delta province): every character a province abbreviation. */
    private List<Place> provinceGroup(String run, Set<Place> named) {
        boolean strong = false, delta = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (gazetteer.provincesByAbbreviation(c).isEmpty() || run.indexOf(c) != i) {
                return null;
            }
            strong |= STRONG.indexOf(c) >= 0;
            delta |= "沪苏浙皖".indexOf(c) >= 0;
        }
        if (!strong) {
            return null;
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '宁' && delta) {
                // 沪宁 is Shanghai–Nanjing, but 苏宁 is a company: only when the document names 南京
                Place nanjing = gazetteer.byCode(CITY_ABBREVIATIONS.get('宁')).orElseThrow();
                if (!named.contains(nanjing)) {
                    return null;
                }
                out.add(nanjing);
            } else {
                out.add(gazetteer.provincesByAbbreviation(c).get(0));
            }
        }
        return out;
    }

    /**
     * 闵淮: each character the first character of one place the document names (or a known abbreviation).
     * Where two named places share the character (嘉兴市, 嘉善县 for 嘉 in 青吴嘉), the one at the level of the
     * run's other places is taken.
     */
    private List<Place> contraction(String run, Map<Character, List<Place>> byFirstChar, Set<Place> named) {
        Place[] out = new Place[run.length()];
        boolean fromDocument = false;
        EntityType level = null;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            List<Place> firsts = byFirstChar.getOrDefault(c, List.of());
            if (firsts.size() == 1) {
                out[i] = firsts.get(0);
                fromDocument = true;
                level = level == null || level == out[i].type() ? out[i].type() : EntityType.Region; // Region: mixed
            } else if (CITY_ABBREVIATIONS.containsKey(c) && named.stream().anyMatch(n -> n.code().equals(CITY_ABBREVIATIONS.get(c)))) {
                out[i] = gazetteer.byCode(CITY_ABBREVIATIONS.get(c)).orElse(null);
                fromDocument = true;
            } else if (firsts.isEmpty() && gazetteer.provincesByAbbreviation(c).size() == 1 && STRONG.indexOf(c) >= 0) {
                out[i] = gazetteer.provincesByAbbreviation(c).get(0);
            }
        }
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            Place p = out[i];
            if (p == null) {
                final EntityType wanted = level;
                List<Place> sameLevel = byFirstChar.getOrDefault(run.charAt(i), List.of()).stream()
                        .filter(x -> x.type() == wanted).toList();
                p = sameLevel.size() == 1 ? sameLevel.get(0) : null;
            }
            if (p == null || places.contains(p)) {
                return null;
            }
            places.add(p);
        }
        return fromDocument ? places : null;
    }

    /**
     * First characters of the cities and districts the document names: 闵 → 闵行区, 淮 → 淮南市; not the
     * common ones (上 of 上饶 would read 上合 as 上饶 + 合肥).
     */
    Map<Character, List<Place>> firstChars(Set<Place> named) {
        Map<Character, List<Place>> out = new LinkedHashMap<>();
        for (Place p : named) {
            if ((p.type() == EntityType.City || p.type() == EntityType.District) && !words.commonCharacter(p.name().charAt(0))) {
                List<Place> list = out.computeIfAbsent(p.name().charAt(0), k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        return out;
    }

    private static boolean overlaps(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }
}
