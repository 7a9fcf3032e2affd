package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.hankcs.hanlp.seg.common.Term;

import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.EntityType;

/**
 * Finds the places a document names: provinces, cities, districts, towns (from the official divisions
 * in {@link Gazetteer}), each resolved to its division code, and regions: 长三角 (长江三角洲, 长三角地区…),
 * 长江经济带, and a place's named area (南京都市圈, 上海大都市圈, 宁杭生态经济带).
 *
 * <pre>{@code
 * PlaceRecognizer places = new PlaceRecognizer();            // thread-safe; build once, reuse
 * Document doc = new DocumentReader().read("a.txt", bytes);
 * for (PlaceMention m : places.recognize(doc)) {
 *     m.sentence(); m.start(); m.end();        // span in doc.sentences().get(m.sentence()).normalized()
 *     m.docStart(); m.docEnd(); m.surface();   // span in doc.text(); the alias as written (Simplified)
 *     for (Place p : m.places()) {             // one place, or several for 沪苏浙皖 / 三省一市 / 闵淮
 *         p.id(); p.name(); p.type();          // "310112", 闵行区, District   ("Region:长三角" for regions)
 *     }
 *     m.parents();      // run-on 杭州余杭: [mention of 杭州市]; the text says 余杭区 LOCATED_IN 杭州市
 *     m.government();   // 闵行区政府: the span includes 政府 and names the place itself
 *     m.prefixOfName(); // 淮南 in 淮南高新区: probably swallowed by a longer organisation/park name
 * }
 * places.hierarchy("310112");                  // [闵行区, 上海市]: for LOCATED_IN links and ancestor entities
 * }</pre>
 *
 * <p>Mentions never overlap; a run-on is one mention whose {@code parents} hold the containing places'
 * own spans. Ids are the division codes of divisions.tsv (2 digits for a province, 4 for a city, 6 for a
 * county, 9 for a township). A mention's {@code surface} (and {@code original}, in the document's script)
 * is an alias of its place: 闵行, 上海闵行区, 闵行区政府.
 *
 * <p>How a span becomes a place, each step for a reason:
 * <ol>
 * <li>An Aho-Corasick automaton over full names, suffix-less short names, region names and group words
 * finds every candidate; the longest wins where they overlap (上海市 over 上海).</li>
 * <li>Adjacent candidates where the first contains the second form a run-on (安徽淮南, 上海市闵行区华漕镇):
 * the containment picks the right one among same-named places and needs nothing more.</li>
 * <li>Weak names (short names, two-character full names like 和县) are dropped where they cut through a
 * word of HanLP's segmentation (平湖 in 太平湖), name a lake or mountain (环太湖, 太湖流域) or start a road
 * name (南京路, 沪宁高速).</li>
 * <li>What stands alone: full names, and short names of provinces and cities that HanLP's dictionaries
 * list as places (淮南, 合肥). A county's short name (闵行, 嘉善) needs the county named plainly elsewhere
 * or its city (for 上海's districts: 上海) in the document; a name that is an ordinary word (和平, 金山,
 * 城区) needs the place itself named plainly elsewhere.</li>
 * <li>Same-named places are told apart by the places of the same sentence, then of the document (the
 * option sharing most of its hierarchy wins), a named province (海南, 吉林) over a province-only match,
 * then a preference for the delta (上海/江苏/浙江/安徽); otherwise the span is left out rather than
 * guessed. Towns (镇/乡/街道) need their suffix and their district, city or province in the text.</li>
 * <li>Runs of province abbreviations (沪苏浙皖, 京津冀) and contractions of places named in the document
 * (闵淮: 闵行区 + 淮南市; 青吴嘉) are read from HanLP's single-character tokens; a lone abbreviation counts
 * only for characters that mean nothing else (沪, 浙, 皖…), never 苏 or 宁.</li>
 * <li>A following 政府/人民政府 joins the mention ({@code government}); following words ending in an
 * organisation or park head noun set {@code prefixOfName}.</li>
 * </ol>
 */
public final class PlaceRecognizer {

    private final Gazetteer gazetteer;
    private final AliasTrie trie;
    private final WordSignals words = new WordSignals();
    private final java.util.function.Function<String, List<Term>> wordCuts;
    private final AbbreviationRuns abbreviations;

    /** A recogniser over the bundled gazetteer. */
    public PlaceRecognizer() {
        this(Gazetteer.shared());
    }

    /** A recogniser over {@code gazetteer}; cheap once the gazetteer's matcher is built (first use only). */
    public PlaceRecognizer(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    /**
     * @param wordCuts the segmentation that says whether a match cuts a word; the caller's own (shared with
     *                 its name recognition, so each sentence is segmented once), or null for the core dictionary's
     */
    public PlaceRecognizer(Gazetteer gazetteer, java.util.function.Function<String, List<Term>> wordCuts) {
        this.wordCuts = wordCuts != null ? wordCuts : words::segment;
        this.gazetteer = gazetteer;
        this.trie = gazetteer.trie();
        this.abbreviations = new AbbreviationRuns(gazetteer, words);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place with {@code code} and the divisions above it, innermost first: 310112 → [闵行区, 上海市]. */
    public List<Place> hierarchy(String code) {
        return gazetteer.lineage(code);
    }

    /** Every place mention of the document, in text order, none overlapping. */
    public List<PlaceMention> recognize(Document document) {
        List<Sentence> sentences = document.sentences();
        List<List<Candidate>> perSentence = new ArrayList<>(sentences.size());
        List<SentenceTerms> terms = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            String text = s.normalized();
            List<Candidate> cands = new ArrayList<>();
            for (AliasTrie.Hit h : AliasTrie.longestNonOverlapping(trie.findAll(text), text.length())) {
                cands.add(new Candidate(h));
            }
            linkRunOns(cands);
            SentenceTerms t = new SentenceTerms(words, wordCuts, text);
            checkWords(text, cands, t);
            perSentence.add(cands);
            terms.add(t);
        }

        // places named plainly (one reading, no support needed) are the context for everything else
        Set<Place> plain = places(perSentence, c -> !c.isTown() && standsAlone(c));
        ContextResolver resolver = new ContextResolver(gazetteer, plain);
        Set<String> plainCodes = new LinkedHashSet<>();
        plain.forEach(p -> plainCodes.add(p.code()));
        for (List<Candidate> cands : perSentence) {
            ContextResolver nearby = sentenceContext(cands);
            for (Candidate c : cands) {
                resolve(c, nearby, resolver, plain, plainCodes);
            }
        }

        Set<Place> named = places(perSentence, c -> true);
        Map<Character, List<Place>> byFirstChar = abbreviations.firstChars(named);
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<PlaceMention> mentions = new ArrayList<>();
            for (Candidate c : perSentence.get(i)) {
                PlaceMention m = toMention(document, s, c, named);
                if (m != null) {
                    mentions.add(m);
                }
            }
            mentions.addAll(abbreviations.find(document, s, terms.get(i), mentions, byFirstChar, named));
            mentions.sort((a, b) -> a.start() - b.start());
            for (PlaceMention m : mentions) {
                out.add(Spans.withTail(document, s, m, words));
            }
        }
        return out;
    }

    /** The places of the resolved candidates that pass {@code test}, in text order. */
    private static Set<Place> places(List<List<Candidate>> perSentence, Predicate<Candidate> test) {
        Set<Place> out = new LinkedHashSet<>();
        for (List<Candidate> cands : perSentence) {
            for (Candidate c : cands) {
                if (c.resolved() && test.test(c)) {
                    out.add(c.place());
                }
            }
        }
        return out;
    }

    /** 安徽淮南, 杭州余杭, 上海市闵行区: an adjacent pair where the first contains the second. */
    private void linkRunOns(List<Candidate> cands) {
        for (int i = 1; i < cands.size(); i++) {
            Candidate a = cands.get(i - 1), b = cands.get(i);
            if (a.end != b.start || !a.isDivision() || !b.isDivision()) {
                continue;
            }
            List<Gazetteer.Alias> outer = new ArrayList<>(), inner = new ArrayList<>();
            for (Gazetteer.Alias pa : a.options) {
                for (Gazetteer.Alias pb : b.options) {
                    if (gazetteer.contains(pa.place().code(), pb.place().code())) {
                        if (!outer.contains(pa)) outer.add(pa);
                        if (!inner.contains(pb)) inner.add(pb);
                    }
                }
            }
            if (!inner.isEmpty()) {
                a.options = outer;
                b.options = inner;
                b.parent = a;
                a.child = b;
            }
        }
    }

    /**
     * Drops weak names (short names and two-character full names like 和县, 东区) that cut a word (平湖 in
     * 太平湖), name a lake or mountain (环太湖, 太湖流域) or start a road name (南京路); drops towns that cut a
     * word (色小镇 in 特色小镇) or have a two-character name outside a run-on (唐镇); records how the
     * dictionary reads the rest.
     */
    private void checkWords(String text, List<Candidate> cands, SentenceTerms terms) {
        dropLandmarkNames(text, cands, terms);
        for (Candidate c : cands) {
            // 某省某市通州湾: the run-on's last short name before 湾/湖/河 names the bay; the places before it still hold
            if (c.isDivision() && c.parent != null && c.child == null && c.shortForm()
                    && Surroundings.naturalFeature(text, c.start, c.end)) {
                c.parent.child = null;
                c.parent = null;
                c.dropped = true;
                continue;
            }
            if (!c.isDivision() || c.inRunOn()) {
                continue;
            }
            if (c.isTown()) {
                c.dropped = c.key.surface().length() <= 2
                        || terms.cutsWord(c.start, c.end) && !terms.cutsOnlyAGluedPreposition(c.start, c.end);
                continue;
            }
            boolean weak = c.shortForm() || c.key.surface().length() <= 2;
            if (weak && (Surroundings.naturalFeature(text, c.start, c.end) || Surroundings.roadName(text, c.end)
                    || terms.cutsWord(c.start, c.end) && !opensAName(text, c, terms) || Surroundings.verbRunsIn(text, c.start))) {
                c.dropped = true;
                continue;
            }
            c.reading = words.read(c.key.surface());
        }
    }

    /**
     * 上/f 海星/n 澜/ng 医院: HanLP glued a province's or city's name to the unknown name after it; when the rest,
     * read on its own, ends in an organisation or park head, the place opens that name and is no piece of a word.
     */
    private boolean opensAName(String text, Candidate c, SentenceTerms terms) {
        EntityType type = c.options.get(0).place().type();
        return (type == EntityType.Province || type == EntityType.City) && terms.cutsWordAtEndOnly(c.start, c.end)
                && terms.nameRunsFrom(c.end, 8);
    }

    /** Words that make the place names before them the name of a port, airport, station or river. */
    private static final Set<String> LANDMARKS = Set.of("港", "机场", "国际机场", "江", "站", "火车站", "高铁站", "东站",
            "西站", "南站", "北站", "码头", "港口");

    /**
     * 温州港, 某兴机场, 某浦江: places that run into a landmark word (as HanLP cuts it: 港 alone, 黄浦江 as one
     * word) are part of the landmark's name, not mentions of the places. In a run-on (上海某浦江) only the
     * contained place is the landmark's; the outer one still names where it is.
     */
    private static void dropLandmarkNames(String text, List<Candidate> cands, SentenceTerms terms) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (!c.isDivision() || c.end - c.start < 2) continue;
            boolean nextAdjacent = i + 1 < cands.size() && cands.get(i + 1).start == c.end;
            if (nextAdjacent || !LANDMARKS.contains(terms.restOfWordAt(c.end))) continue;
            for (int k = i; k >= 0; k--) {
                Candidate d = cands.get(k);
                if (k < i && (d.end != cands.get(k + 1).start || d.child == cands.get(k + 1))) {
                    if (d.child == cands.get(k + 1)) { d.child = null; cands.get(k + 1).parent = null; }
                    break;
                }
                d.dropped = true;
            }
        }
    }

    /**
     * Whether a resolved candidate stands on its own, without the document's other places: run-ons,
     * full names that are not ordinary words, and province or city short names HanLP knows as places
     * (淮南, 合肥). County-level short names (闵行, 太湖, 东至) and everything else need support.
     */
    private static boolean standsAlone(Candidate c) {
        if (c.inRunOn()) {
            return true;
        }
        WordSignals.Reading r = c.reading;
        if (c.fullName()) {
            return r != WordSignals.Reading.WORD && c.key.surface().length() > 2;
        }
        EntityType type = c.place().type();
        boolean upper = type == EntityType.Province || type == EntityType.City;
        return upper && (r == WordSignals.Reading.PLACE || (r == WordSignals.Reading.RARE_WORD && c.place().inDelta()));
    }

    /**
     * Support for a candidate that does not stand alone: the place itself named plainly elsewhere, or the
     * division directly above it (东至 needs 池州). The parent is not enough for a name that is an ordinary
     * word (金山, 和平) or a feature name HanLP does not know as a place (八公山: a mountain as much as a district).
     */
    private static boolean supported(Candidate c, Set<Place> plain, Set<String> plainCodes) {
        if (standsAlone(c) || plain.contains(c.place())) {
            return true;
        }
        String surface = c.key.surface();
        boolean featureName = c.reading == WordSignals.Reading.UNKNOWN && !c.fullName()
                && FEATURE_ENDINGS.indexOf(surface.charAt(surface.length() - 1)) >= 0;
        String parent = c.place().parentCode();
        return c.reading != WordSignals.Reading.WORD && !featureName && parent != null && plainCodes.contains(parent);
    }

    /** Last characters of mountain, lake, river and island names. */
    private static final String FEATURE_ENDINGS = "山湖江河海岛峰岭湾";

    /** The places a sentence names plainly, for choosing among same-named places nearby first; null if none needed. */
    private ContextResolver sentenceContext(List<Candidate> cands) {
        boolean needed = false;
        List<Place> here = new ArrayList<>();
        for (Candidate c : cands) {
            needed |= c.isDivision() && !c.dropped && (c.options.size() > 1 || c.isTown());
            if (c.resolved() && !c.isTown() && standsAlone(c)) {
                here.add(c.place());
            }
        }
        return needed && !here.isEmpty() ? new ContextResolver(gazetteer, here) : null;
    }

    private void resolve(Candidate c, ContextResolver nearby, ContextResolver resolver, Set<Place> plain, Set<String> plainCodes) {
        if (c.dropped || !c.isDivision()) {
            return;
        }
        if (c.options.size() != 1 || c.isTown()) {
            Gazetteer.Alias chosen = nearby == null ? null : nearby.choose(c.options, false);
            if (chosen == null) {
                chosen = resolver.choose(c.options);
            }
            if (chosen == null) {
                c.dropped = true;
                return;
            }
            c.options = List.of(chosen);
        }
        if (!c.isTown() && !supported(c, plain, plainCodes)) {
            c.dropped = true;
        }
    }

    private PlaceMention toMention(Document doc, Sentence s, Candidate c, Set<Place> named) {
        if (c.dropped) {
            return null;
        }
        if (c.key.region() != null) {
            return Spans.mention(doc, s, c.start, c.end, List.of(c.key.region()), PlaceMention.Form.REGION, List.of());
        }
        if (c.key.groupCodes() != null) {
            List<Place> members = groupMembers(c.key, named);
            return members.isEmpty() ? null
                    : Spans.mention(doc, s, c.start, c.end, members, PlaceMention.Form.GROUP, List.of());
        }
        if (!c.resolved() || (c.child != null && c.child.resolved())) {
            return null; // a run-on parent is reported inside its child's mention
        }
        List<PlaceMention> parents = new ArrayList<>();
        for (Candidate p = c.parent; p != null && p.resolved(); p = p.parent) {
            parents.add(0, Spans.mention(doc, s, p.start, p.end, List.of(p.place()), formOf(p), List.of()));
        }
        int start = parents.isEmpty() ? c.start : parents.get(0).start();
        return Spans.mention(doc, s, start, c.end, List.of(c.place()), formOf(c), parents);
    }

    private static PlaceMention.Form formOf(Candidate c) {
        return c.options.get(0).kind() == Gazetteer.AliasKind.FULL ? PlaceMention.Form.FULL : PlaceMention.Form.SHORT;
    }

    /** Members of a group word; 两省一市 takes the municipality and two provinces the document names, else 沪苏浙. */
    private List<Place> groupMembers(AliasTrie.Key key, Set<Place> named) {
        List<String> codes = key.groupCodes();
        if (key.surface().equals(AliasTrie.TWO_AND_ONE) || key.surface().equals(AliasTrie.ONE_AND_TWO)) {
            List<String> provinces = new ArrayList<>();
            for (Place p : named) {
                if (p.type() == EntityType.Province && !provinces.contains(p.code())) {
                    provinces.add(p.code());
                }
            }
            codes = provinces.size() == 3 ? provinces : List.of("31", "32", "33");
        }
        List<Place> out = new ArrayList<>();
        for (String code : codes) {
            gazetteer.byCode(code).ifPresent(out::add);
        }
        return out;
    }
}
