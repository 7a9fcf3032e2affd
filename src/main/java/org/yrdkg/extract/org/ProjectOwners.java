package org.yrdkg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/**
 * Projects introduced by their investment (总投资X亿元的Y项目, 投资X亿元建设的Y项目) and the company a project is named after:
 * the first name part of Y after an optional place (淮南英众智能终端产业园项目 → 英众).
 */
public final class ProjectOwners {

    private static final Pattern PROJECT = Pattern.compile(
            "(?:计划)?(?:总投资|投资总额|投资)(?:额)?(?:为|达|约|近|超过|超|逾)?\\s*(?:\\d[\\d.]*|[零〇一二两三四五六七八九十百千]+)\\s*(?:多|余)?(?:万亿|亿|千万|百万|万)?(?:多|余)?元(?:人民币)?(?:建设|兴建|投建|打造|新建)?的"
                    + "([^,，。；;、:：“”]{2,40}?项目)(一期|二期|三期|首期)?");

    /** Industry words: a project name that starts with one is not named after a company. */
    static final Set<String> INDUSTRY = Set.of("年产", "新能源", "智能", "电子", "汽车", "专用车", "生产", "新材料", "光伏",
            "储能", "生物", "医药", "数字", "集成电路", "半导体", "芯片", "装备", "制造", "研发", "总部", "基地", "产业园",
            "工业", "物流", "仓储", "精密", "高端", "智慧", "绿色", "低碳", "零碳", "新型", "动力", "电池", "锂电", "氢能",
            "驱动", "部件", "零部件", "配件", "材料", "化工", "食品", "农业", "现代", "重点", "一批", "产业", "项目",
            "扩建", "新建", "技改", "改造", "建设", "中心", "园区", "终端", "显示", "信息", "软件", "大数据", "云计算",
            "人工智能", "机器人", "先进", "整车", "商用车", "乘用车", "年", "万", "亿");

    /** Words that finish a brand when a place in parentheses follows: 某某汽车(淮南). */
    private static final Set<String> BRAND_SUFFIX = Set.of("汽车", "科技", "集团", "股份", "光电", "新材料", "电子",
            "智能", "新能源", "能源", "电气", "机械", "动力", "医药", "生物");

    /** A sentence that opens with a project's name, said to be built or started somewhere: 某某…项目昨天在Z开工. */
    private static final Pattern OPENING_PROJECT = Pattern.compile(
            "^[\\s\\d年月日]*(?:近日|日前|目前|今年|去年)?[,，]?\\s*([^,，。；;、:：“”]{4,48}?项目)(?=[^,，。；;]{0,16}?(?:在|于))");
    /** 某某科技(江苏)有限公司年产…项目: a project named after a company's full name, which is its owner. */
    private static final Pattern FULL_NAME_END = Pattern.compile("^[^项]{2,30}?(?:有限公司|集团)");

    /** HanLP tags the word as an organisation's name. */
    private static boolean knownToHanlp(SentenceView s, int token) {
        return token >= 0 && s.tokens().get(token).tag().startsWith("nt");
    }

    /** …,项目预估投资超过N元: the cost said after the project, in the next clause */
    private static final Pattern COST_AFTER = Pattern.compile(
            "^[^。；;]{0,30}?[,，]\\s*(?:该项目|项目)(?:预估|预计|计划)?(?:总投资|投资总额|投资)(?:额)?(?:约|近|超过|超|逾|达|为|高达)?\\s*");

    public List<Project> find(SentenceView s) {
        List<Project> out = new ArrayList<>();
        Matcher m = PROJECT.matcher(s.text());
        while (m.find()) {
            int start = m.start(1);
            int end = m.group(2) != null ? m.end(2) : m.end(1);
            Amount amount = Amount.find(s.text().substring(m.start(), m.start(1)), 0);
            // 某某集团投资N亿元建设的Y项目: the investor is named right before; Y's first word is no owner then
            boolean investorNamed = HeadNouns.headEndingAt(s.text(), m.start()) != null;
            out.add(new Project(start, end, s.text().substring(start, end), investorNamed ? null : owner(s, start, m.end(1)),
                    amount, false));
        }
        if (out.isEmpty()) openingProject(s, out);
        return out;
    }

    /**
     * 某某长三角计算中心及产业基地项目昨天在Z开工,项目预估投资超过N元: a sentence opened by a project named after a
     * company HanLP knows as one (its organisation tags), or after a company's full name, is that company's project,
     * with the cost said after it.
     */
    private static void openingProject(SentenceView s, List<Project> out) {
        Matcher m = OPENING_PROJECT.matcher(s.text());
        if (!m.lookingAt()) return;
        NameSpan owner = owner(s, m.start(1), m.end(1));
        int first = owner == null ? -1 : s.tokenAt(owner.start());
        boolean known = knownToHanlp(s, first);
        Matcher full = FULL_NAME_END.matcher(m.group(1));
        String rest = full.lookingAt() ? m.group(1).substring(full.end()) : "";
        boolean afterFullName = rest.length() >= 4 && rest.length() <= 32 && rest.indexOf('(') < 0 && rest.indexOf(')') < 0;
        if (owner == null || !known && !afterFullName) return;
        Matcher cost = COST_AFTER.matcher(s.text()).region(m.end(1), s.text().length());
        Amount amount = cost.lookingAt() ? Amount.rightAfter(s.text(), cost.end(), 0) : null;
        // 某某长三角计算中心…项目: the centre keeps its own name beside the company; a full company name before the
        // project is its owner, not part of its name
        if (!known) {
            NameSpan company = new NameSpan(s.index(), m.start(1), m.start(1) + full.end(), full.group(), EntityType.Company,
                    List.of(), NameSpan.Kind.ORG);
            out.add(new Project(m.start(1), m.end(1), rest, company, amount, true));
            return;
        }
        out.add(new Project(m.start(1), m.end(1), m.group(1), owner, amount, true));
    }

    private static NameSpan owner(SentenceView s, int start, int end) {
        String text = s.text();
        int p = start;
        boolean progressed = true;
        while (progressed) {
            progressed = false;
            for (PlaceHit h : s.places()) {
                if (h.start() == p && h.end() < end && !h.isGroup()) {
                    p = h.end();
                    progressed = true;
                }
            }
            int ti = s.tokenAt(p);
            if (!progressed && ti >= 0 && s.tokens().get(ti).start() == p && s.tokens().get(ti).tag().equals("ns")) {
                p = s.tokens().get(ti).end();
                progressed = true;
            }
        }
        List<Token> tokens = s.tokens();
        int i = s.tokenFrom(p);
        int ownerEnd = p;
        while (i < tokens.size() && tokens.get(i).start() < end) {
            Token t = tokens.get(i);
            // 某某长三角…: a place or region after the brand begins what the project is, not who owns it
            if (t.start() < p || !partOfBrand(t) || s.overlapsPlace(t.start(), t.end())) break;
            ownerEnd = t.end();
            i++;
        }
        if (ownerEnd - p < 2 || ownerEnd - p > 8) return null;
        int nameEnd = ownerEnd;
        if (i < tokens.size() && (BRAND_SUFFIX.contains(tokens.get(i).word()) || INDUSTRY.contains(tokens.get(i).word()))
                && tokens.get(i).end() < text.length()
                && text.charAt(tokens.get(i).end()) == '(') {
            nameEnd = tokens.get(i).end();
        }
        return new NameSpan(s.index(), p, nameEnd, text.substring(p, nameEnd), EntityType.Company, List.of(),
                NameSpan.Kind.ORG);
    }

    private static boolean partOfBrand(Token t) {
        String w = t.word();
        if (INDUSTRY.contains(w) || Anchors.GENERIC.contains(w) || w.chars().anyMatch(Character::isDigit)) return false;
        String tag = t.tag();
        if (tag.equals("w") || tag.startsWith("m") || tag.startsWith("q") || tag.startsWith("u") || tag.startsWith("p")
                || tag.startsWith("c")) return false;
        if (w.length() == 1) return true;
        return tag.startsWith("nr") || tag.startsWith("nz") || tag.equals("nx") || tag.equals("j") || tag.startsWith("nt")
                || tag.equals("ng") || tag.equals("x");
    }
}
