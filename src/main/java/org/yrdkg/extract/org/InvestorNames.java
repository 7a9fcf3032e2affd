package org.yrdkg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/**
 * Companies that news names by trade name alone, recognised only where they act as investors: the
 * subject of a clause whose verb invests (宣和在某高新区投建…, 云岫新能源与某开发区签署…投资协议,
 * 宣和位于某市的…项目), and the members of 甲科技、乙电子、丙新材等企业签约落地. A trade name is one proper-name
 * word (HanLP tags it a person, place, organisation or other proper name, yet no gazetteer place is
 * read there), optionally followed by an industry word (新能源, 科技, 电子).
 */
public final class InvestorNames {

    private static final Set<String> PROPER = Set.of("nr", "nrf", "nrj", "nz", "nt", "ntc", "ntcb", "ntcf", "nx", "j", "ns", "nsf");
    private static final Set<String> INDUSTRY = Set.of("新能源", "科技", "电子", "新材", "新材料", "光电", "智能", "汽车", "医药",
            "生物", "能源", "股份", "集团", "电气", "机械", "精密", "材料", "光伏", "半导体", "微电子", "动力", "电池");
    private static final String SPAN = "[^,，。；;：:]";
    /** What a trade name does as an investor, right after it. */
    private static final Pattern INVESTS = Pattern.compile("^(?:(?:已|将|拟|计划|正式|也|还|先后|再次|继续)*"
            + "(?:(?:在|于)" + SPAN + "{2,30}?(?:投资|投建|斥资|增资|开工|落户|新建)"
            + "|(?:投资|投建|斥资|增资|注资)\\s*[\\d约近超逾]"
            + "|位于" + SPAN + "{2,16}?的" + SPAN + "{0,30}?项目"
            + "|(?:宣布|表示|称)?与" + SPAN + "{2,40}?(?:签署|签订)" + "[^。；;]{0,40}?投资(?:合作)?协议))");
    /** 甲科技、乙电子等(3家)企业签约落地/落户/入驻. */
    private static final Pattern GROUP_SETTLES = Pattern.compile("^等(?:\\d+|[一二三四五六七八九十]+)?家?(?:企业|公司|项目)"
            + "(?:相继|先后|集中|成功)?(?:签约落地|签约落户|签约|落户|落地|入驻)");

    private static final Pattern TRIGGER = Pattern.compile("投资|投建|斥资|增资|注资|落户|落地|入驻");

    public List<NameSpan> find(SentenceView s, List<NameSpan> known) {
        List<NameSpan> out = new ArrayList<>();
        String text = s.text();
        if (!TRIGGER.matcher(text).find()) return out; // most sentences: decided without segmenting
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean opens = opensClause(text, t.start());
            boolean listed = t.start() > 0 && text.charAt(t.start() - 1) == '、';
            if (!opens && !listed) continue;
            int end = nameEnd(s, tokens, i);
            if (end < 0) end = industryNameEnd(tokens, i);
            if (end < 0 || taken(known, t.start(), end)) continue;
            boolean invests = opens && nameEnd(s, tokens, i) == end && INVESTS.matcher(text).region(end, text.length()).lookingAt();
            if (invests || inSettlingList(s, tokens, end)) {
                out.add(new NameSpan(s.index(), t.start(), end, text.substring(t.start(), end), EntityType.Company, List.of(),
                        NameSpan.Kind.ORG));
            }
        }
        return out;
    }

    /** End of a trade name starting at token {@code i}: a proper-name word, then an industry word if any; else -1. */
    private static int nameEnd(SentenceView s, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!PROPER.contains(t.tag()) || t.word().length() < 2 || t.word().length() > 4) return -1;
        if (s.overlapsPlace(t.start(), t.end())) return -1;
        int end = t.end();
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() == end && INDUSTRY.contains(tokens.get(i + 1).word())) {
            end = tokens.get(i + 1).end();
        }
        return end;
    }

    /** 甲科技、乙电子、丙新材等企业签约落地: the rest of the list after a member, then a group that settles. */
    private static boolean inSettlingList(SentenceView s, List<Token> tokens, int end) {
        String text = s.text();
        int p = end;
        while (p < text.length() && text.charAt(p) == '、') {
            int next = s.tokenFrom(p + 1);
            if (next >= tokens.size() || tokens.get(next).start() != p + 1) return false;
            int e = nameEnd(s, tokens, next);
            if (e < 0) e = industryNameEnd(tokens, next);
            if (e < 0) return false;
            p = e;
        }
        return GROUP_SETTLES.matcher(text).region(p, text.length()).lookingAt();
    }

    /** A list member that is not itself a proper-name word: 澄江电子 read as a place word and an industry word. */
    private static int industryNameEnd(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && INDUSTRY.contains(tokens.get(i + 1).word())
                && t.word().length() >= 2 && t.word().length() <= 4) {
            return tokens.get(i + 1).end();
        }
        return -1;
    }

    private static boolean opensClause(String text, int pos) {
        if (pos == 0) return true;
        char c = text.charAt(pos - 1);
        return SentenceView.isClauseBreak(c) || c == ' ';
    }

    private static boolean taken(List<NameSpan> known, int start, int end) {
        for (NameSpan k : known) if (k.overlaps(start, end)) return true;
        return false;
    }
}
