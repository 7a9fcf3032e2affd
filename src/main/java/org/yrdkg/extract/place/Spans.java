package org.yrdkg.extract.place;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;

/** Builds mentions with their document offsets, and reads what follows a mention (政府, a name's head noun). */
final class Spans {

    private static final String[] GOVERNMENT = {"人民政府", "政府"};

    /** Words that make a place name the name of an area around it, longest first. */
    private static final String[] AREAS = {"大都市圈", "都市圈", "城市群", "城市圈", "生态经济带", "经济带", "经济圈"};

    /** Head nouns of organisation and park names: a place followed by words ending in one is likely a name prefix. */
    private static final Set<String> NAME_HEADS = Set.of(
            "园", "园区", "产业园", "科技园", "工业园", "开发区", "新区", "高新区", "经开区", "工业区", "示范区", "商务区",
            "实验区", "新城", "科技城", "走廊", "基地", "港", "大学", "学院", "学校", "中学", "小学", "一中", "二中",
            "医院", "研究院", "研究所", "公司", "集团", "股份", "银行", "中心", "平台", "联盟", "办公室", "委员会",
            "局", "厅", "委", "办", "商会", "协会", "机场", "站", "代表团", "日报", "电视台", "海关", "法院", "检察院",
            "汽车", "电气", "科技", "控股", "能源", "药业", "实业", "证券", "地铁", "博物馆", "图书馆", "公园", "馆",
            "城", "区", "场", "寺");

    private static final Map<Character, List<String>> HEADS_BY_FIRST_CHAR = NAME_HEADS.stream()
            .collect(Collectors.groupingBy(h -> h.charAt(0)));

    /** Characters that end a name: conjunctions, particles, prepositions (与 和 的 在 将 …). */
    private static final String CLAUSE_WORDS = "与和及的在是将对把被为向从到等并也都已正要";

    /** How far past a mention a name's head noun is looked for. */
    private static final int TAIL = 14;

    private Spans() {
    }

    static PlaceMention mention(Document doc, Sentence s, int start, int end, List<Place> places,
                                PlaceMention.Form form, List<PlaceMention> parents) {
        int ds = s.toDocumentOffset(start), de = Math.max(ds, s.toDocumentOffset(end));
        return new PlaceMention(s.index(), start, end, ds, de, s.normalized().substring(start, end),
                doc.text().substring(ds, de), places, form, parents, false, false);
    }

    /**
     * Reads what follows a division mention: an area word makes the whole a region (南京都市圈, 上海大都市圈,
     * 宁杭生态经济带: named areas across cities and provinces); 政府/人民政府 joins the mention; words ending
     * in a name head noun flag it as the prefix of a longer name.
     */
    static PlaceMention withTail(Document doc, Sentence s, PlaceMention m, WordSignals words) {
        if (!m.places().get(0).isDivision() && m.form() != PlaceMention.Form.REGION) {
            return m;
        }
        String text = s.normalized();
        if (m.places().get(0).isDivision()) {
            for (String area : AREAS) {
                if (text.startsWith(area, m.end())) {
                    int end = m.end() + area.length();
                    return mention(doc, s, m.start(), end, List.of(Place.region(text.substring(m.start(), end))),
                            PlaceMention.Form.REGION, List.of());
                }
            }
        }
        if (m.places().get(0).isDivision() && m.form() != PlaceMention.Form.GROUP) {
            for (String g : GOVERNMENT) {
                if (text.startsWith(g, m.end())) {
                    int end = m.end() + g.length();
                    int de = Math.max(m.docStart(), s.toDocumentOffset(end));
                    return new PlaceMention(m.sentence(), m.start(), end, m.docStart(), de, text.substring(m.start(), end),
                            doc.text().substring(m.docStart(), de), m.places(), m.form(), m.parents(), true, false);
                }
            }
        }
        if (!followedByName(text, m.end(), words)) {
            return m;
        }
        return new PlaceMention(m.sentence(), m.start(), m.end(), m.docStart(), m.docEnd(), m.surface(), m.original(),
                m.places(), m.form(), m.parents(), false, true);
    }

    /** Nouns (or a name joiner ·) right after the mention, ending in a name head noun before any verb or punctuation. */
    static boolean followedByName(String text, int end, WordSignals words) {
        if (end < text.length() && (text.charAt(end) == '·' || text.charAt(end) == '•')) {
            return true;
        }
        int stop = end;
        while (stop < text.length() && stop < end + TAIL && Character.isLetterOrDigit(text.charAt(stop))
                && CLAUSE_WORDS.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        if (!containsHead(text, end, stop)) {
            return false; // the common case, decided without segmenting
        }
        int taken = 0;
        for (Term t : words.segment(text.substring(end, stop))) {
            if (taken >= 6 || !nameLike(t.nature)) {
                return false;
            }
            if (endsWithHead(t.word)) {
                return true;
            }
            taken++;
        }
        return false;
    }

    private static boolean containsHead(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String head : HEADS_BY_FIRST_CHAR.getOrDefault(text.charAt(i), List.of())) {
                if (i + head.length() <= to && text.startsWith(head, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean nameLike(Nature n) {
        String tag = n.toString();
        return tag.startsWith("n") || tag.startsWith("g") || tag.equals("vn") || tag.equals("b") || tag.equals("j")
                || tag.equals("a") || tag.equals("m") || tag.equals("x") || tag.equals("nx") || tag.equals("s") || tag.equals("f");
    }

    static boolean endsWithHead(String word) {
        for (int k = Math.min(3, word.length()); k >= 1; k--) {
            if (NAME_HEADS.contains(word.substring(word.length() - k))) {
                return true;
            }
        }
        return false;
    }
}
