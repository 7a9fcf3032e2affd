package org.yrdkg.extract.org;

import java.util.List;
import java.util.Set;

import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/** Signals that a run of words is a proper name rather than a generic description. */
public final class Anchors {

    private static final Set<String> NAME_TAGS = Set.of("ns", "nsf", "nr", "nrf", "nrj", "nr1", "nr2", "nz", "nt", "ntc",
            "ntcb", "ntcf", "ntch", "nth", "nto", "nts", "ntu", "nx", "j", "x", "gi", "gm", "gp", "gc", "gb", "gbc", "gg");

    private static final Set<String> NAME_WORDS = Set.of("国家", "中国", "全球", "国际", "世界", "长三角", "长江",
            "中欧", "亚太", "东方", "华东", "江南");

    /** Words that describe without naming: a name made only of them is generic (农产品销售平台). */
    public static final Set<String> GENERIC = Set.of("产业", "合作", "共建", "平台", "运营", "管理", "合资", "国有", "民营",
            "相关", "重点", "功能", "龙头", "头部", "投资", "科技", "创新", "服务", "信息", "资源", "人力", "人才", "综合",
            "协同", "区域", "地区", "农业", "企业", "公共", "政务", "数字", "智能", "智慧", "技术", "研发", "孵化",
            "创业", "产业链", "供应链", "交流", "共享", "发展", "建设", "示范", "特色", "现代", "绿色", "生态", "文化",
            "旅游", "教育", "医疗", "养老", "销售", "招商", "项目", "载体", "核心", "中央", "省际", "跨省", "异地",
            "线上", "线下", "融合", "一体化", "高质量", "新型", "新兴", "高端", "先进", "制造", "经济", "社会",
            "城市", "乡村", "农村", "工业", "商业", "金融", "物流", "贸易", "市场", "产品", "农产品", "党建", "枢纽",
            "总部", "基地", "园区", "产业园", "专业", "技术服务", "公益", "志愿", "社区", "联合", "联动", "对接",
            "互联网", "工业互联网", "新能源", "材料", "新材料", "汽车", "零部件", "电子", "装备", "医药", "生物", "大",
            "小", "新", "老", "第一", "高新", "专项", "行业", "实际", "重要", "主要", "骨干", "优势", "各自", "合伙", "协调", "联络", "友好", "职能", "部门", "办事", "专门", "专业化", "市场化",
            "全资", "独资", "外资", "内资", "控股", "公司", "工程", "跨国", "上市", "证券", "保险", "银行", "中外", "国营", "私营");

    /** Name words that say how far something reaches (国家, 全球), not which one it is: 国家实验室 is a kind. */
    static final Set<String> SCOPE_WORDS = Set.of("国家", "全球", "国际", "世界");

    /** Words that rank rather than name: 长三角重点功能平台 is a kind of platform, not one. */
    static final Set<String> EVALUATIVE = Set.of("重点", "重大", "主要", "相关", "有关", "各类", "若干", "一批", "重要",
            "优质", "更多", "其他", "多个", "各个", "一些", "部分", "首批", "高水平", "高标准", "一流", "三甲", "二甲");

    private Anchors() { }

    static boolean hasEvaluative(SentenceView s, int start, int end) {
        for (int i = s.tokenFrom(start); i < s.tokens().size() && s.tokens().get(i).start() < end; i++) {
            if (EVALUATIVE.contains(s.tokens().get(i).word())) return true;
        }
        return false;
    }

    /** A tag HanLP gives a word it reads as a person's or other proper name (not a place: its own tags say that). */
    static boolean nameTag(String tag) {
        return tag.startsWith("nr") || tag.equals("nz") || tag.equals("j");
    }

    static boolean isAnchor(SentenceView s, Token t) {
        if (s.overlapsPlace(t.start(), t.end())) return true;
        // 开发区/ns: a head noun HanLP tags as a place names a kind, not a place
        HeadNouns.Head head = HeadNouns.headEndingAt(t.word(), t.word().length());
        if (head != null && head.text().length() == t.word().length()) return false;
        if (NAME_TAGS.contains(t.tag()) || NAME_WORDS.contains(t.word())) return true;
        return t.word().chars().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
    }

    /** Characters that stand alone as ordinary words, not as pieces of an unknown name. */
    static final String FUNCTION_CHARS = "的了和与及等在是为有将把被对从向以于之其该本各每新大小老高多中上下内外前后";

    static boolean hasAnchor(SentenceView s, int start, int end) {
        return anchor(s, start, end, false);
    }

    /** An anchor other than a scope word (国家, 全球): a place, a proper-name tag, letters, an unknown name. */
    static boolean hasProperAnchor(SentenceView s, int start, int end) {
        return anchor(s, start, end, true);
    }

    private static boolean anchor(SentenceView s, int start, int end, boolean proper) {
        int singles = 0;
        for (int i = s.tokenFrom(start); i < s.tokens().size() && s.tokens().get(i).start() < end; i++) {
            Token t = s.tokens().get(i);
            if (isAnchor(s, t) && !(proper && SCOPE_WORDS.contains(t.word()))) return true;
            // HanLP cuts a word it does not know into single characters: two in a row are an unknown name
            boolean piece = t.word().length() == 1 && Character.isLetter(t.word().charAt(0))
                    && FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0 && !t.tag().equals("w");
            singles = piece ? singles + 1 : 0;
            if (singles >= 2) return true;
        }
        return false;
    }

    /** Numerals and measure words: 首个, 一批, 第五届 count things, they do not name them. */
    private static final String COUNTING_CHARS = "零一二两三四五六七八九十百千万亿第首个批座届家项名位次期年月日";

    /** A single character HanLP split off a word it does not know (天/qt 擎/v): a piece of a name. */
    static boolean isNamePiece(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // 日, 月, 年 count only after a number (3月, 5日); elsewhere they are pieces of a name (青日升)
        if ("年月日".indexOf(t.word().charAt(0)) >= 0 && t.word().length() == 1
                && (i == 0 || !tokens.get(i - 1).tag().startsWith("m"))) {
            return !t.tag().equals("w") && !t.tag().startsWith("q") && !t.tag().startsWith("t");
        }
        return isNamePiece(t);
    }

    static boolean isNamePiece(Token t) {
        return t.word().length() == 1 && Character.isLetter(t.word().charAt(0)) && t.word().charAt(0) >= 0x2E80
                && FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0 && !t.tag().equals("w") && !t.tag().startsWith("p")
                && !t.tag().startsWith("c") && !t.tag().startsWith("r") && !t.tag().startsWith("u") && !t.tag().startsWith("m") && !t.tag().equals("q")
                && COUNTING_CHARS.indexOf(t.word().charAt(0)) < 0;
    }

    /** True when some word in [start, end) is not a generic descriptive word. */
    static boolean hasSpecificWord(SentenceView s, int start, int end) {
        for (int i = s.tokenFrom(start); i < s.tokens().size() && s.tokens().get(i).start() < end; i++) {
            Token t = s.tokens().get(i);
            String w = s.text().substring(Math.max(start, t.start()), Math.min(end, t.end()));
            if (!GENERIC.contains(w) && !NameBoundary.GENERIC_STARTERS.contains(w) && !SCOPE_WORDS.contains(w)) return true;
        }
        return false;
    }
}
