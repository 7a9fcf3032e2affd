package org.yrdkg.extract.org;

import java.util.List;
import java.util.Set;

import org.yrdkg.extract.place.WordSignals;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/**
 * Finds where a name starts, walking left from its head over HanLP tokens: names are nouns, place
 * names, brands and modifiers; they stop at punctuation, prepositions, conjunctions, particles,
 * numbers with a measure word, pronouns, adverbs and the verbs that introduce a name (打造, 发起 …).
 */
public final class NameBoundary {

    /** Verbs that open a clause before a name rather than belonging to it. */
    static final Set<String> ACTION_VERBS = Set.of(
            "打造", "建设", "推动", "推进", "参与", "发起", "牵头", "加入", "成立", "组建", "依托", "利用", "借助", "吸引",
            "举办", "召开", "举行", "签订", "签署", "建立", "深化", "加强", "共建", "建成", "设立", "走访", "邀请", "参加",
            "开展", "发布", "形成", "实现", "支持", "引进", "落户", "入驻", "揭牌", "挂牌", "批复", "编制", "谋划",
            "培育", "搭建", "构建", "申报", "获批", "入选", "认定", "携手", "牵手", "联合", "带动", "助力", "赴", "来",
            "到", "前往", "考察", "参观", "组织", "落地", "聚焦", "围绕", "通过", "包括", "涵盖", "位于", "拥有", "成为",
            "作为", "打响", "提升", "做强", "做大", "做优", "加快", "完善", "优化", "汇聚", "连接", "招引", "承接",
            "启动", "开工", "投产", "开通", "开行", "入股", "出资", "纳入", "列入", "复制", "推广", "辐射", "覆盖",
            "服务于", "发挥", "驻", "设", "在", "是", "有", "与", "和", "同", "及", "暨", "或", "向", "为",
            "新建", "筹建", "共同", "携", "率", "带领", "联手", "签约", "引入", "布局", "选派",
            "观摩", "走进", "进入", "进驻", "迈入", "响应", "入", "进",
            "主持", "创建", "创设", "营造", "壮大", "增强", "扩大", "加大", "参评", "获评", "荣获", "获得",
            "授予", "命名", "关注", "请", "确定", "选定", "明确", "规范", "结对", "帮扶", "举", "办", "建", "打", "推", "促",
            "领衔", "依靠", "凭借", "积极", "主动", "深入", "全面", "加速", "致力", "致力于", "开设", "入围", "称",
            "叫", "被", "让", "使", "令", "从", "至", "到达", "抵达", "谈", "洽谈", "收购", "并购", "受让", "兼并", "增资", "购入", "购买", "买下",
            "注资", "设有", "建有", "办有", "开有", "配有", "设立有", "负责");

    /** Pointing words (该, 两地, 全市): a name never reaches back over them. */
    static final Set<String> DEICTIC = Set.of("全市", "全区", "全省", "全县", "全国", "两地", "三地", "四地", "多方",
            "任一", "任何", "每一", "双方", "三方", "四方",
            "各地", "多地", "有关", "相关", "其中", "我们", "该", "本", "各", "这", "那", "此", "其", "每", "我", "我市",
            "我区", "我省", "一批", "首批", "一些", "若干", "所有", "更多", "其他", "其它", "同时", "此外", "目前",
            "以及", "旗下", "下属", "所属", "各类", "各级", "请", "关注");

    /** Words that are never the first word of a name. */
    static final Set<String> GENERIC_STARTERS = Set.of(
            "全市", "全区", "全省", "全县", "全国", "两地", "三地", "四地", "多方", "任一", "任何", "每一", "双方", "三方",
            "四方", "各地", "多地", "有关", "相关", "重点",
            "一批", "首批", "其中", "当地", "本地", "我们", "国内", "国外", "区内", "市内", "省内", "该", "本", "各",
            "这", "那", "此", "其", "每", "我", "我市", "我区", "我省", "两", "多", "数", "众多", "一些", "若干", "所有",
            "更多", "其他", "其它", "新", "大型", "小型", "知名", "优质", "优秀", "一流", "龙头", "头部", "省级", "市级",
            "区级", "国家级", "世界级", "一座", "一个", "一家", "首个", "首家", "又", "再", "更", "最", "同时", "此外",
            "目前", "现", "原", "前期", "后期", "近期", "以及", "旗下", "下属", "所属", "各类", "各级", "省");

    private static final Set<String> MEASURES = Set.of("家", "个", "名", "项", "所", "次", "批", "届", "年", "月",
            "日", "位", "条", "座", "栋", "亩", "元", "亿", "万", "亿元", "万元", "平方公里", "平方米", "公里", "米",
            "期", "类", "种", "只", "台", "辆", "万辆", "吨", "万吨", "人", "余", "多", "大", "方", "地", "级");

    /** Role words before a name end it (负责人); other role words belong to names (教师进修学校). */
    private static final Set<String> PERSON_ROLES = Set.of("负责人", "记者", "主任", "书记", "市长", "区长", "局长",
            "干部", "党员", "教授", "副教授", "总经理", "董事长", "客商", "人员", "代表", "委员",
            "院长", "校长", "主席", "部长", "县长", "镇长", "厅长", "处长", "经理", "主持人", "创始人", "负责同志");

    /** One-character adverbs; any other one-character "adverb" is usually a mis-tagged part of a name. */
    private static final String COMMON_ADVERBS = "也还都已正就才又再更最将不均皆亦仍曾先共同并而即便另总只仅很太较越尚未没别且刚必";

    /** The trade a company names itself by (某某建设有限公司, 某某发展集团): verbs elsewhere, not before its suffix. */
    private static final Set<String> TRADE_WORDS = Set.of("建设", "发展", "投资", "开发", "建筑", "运营", "管理", "创新");
    private static final Set<String> OBJECT_TRADES = Set.of("建设", "投资", "开发", "运营");

    /**
     * Nouns that say what a company is to another (母公司, 全资子公司) or what kind it is (企业, 上市公司): before
     * a name they describe it (公司全资子公司X, 德国企业X), they are not part of it. 企业 directly before its
     * legal suffix (某某企业集团有限公司) stays in the name.
     */
    static final Set<String> DESCRIPTOR_NOUNS = Set.of("公司", "子公司", "母公司", "全资子公司", "控股子公司", "孙公司",
            "参股公司", "上市公司", "跨国公司", "企业", "龙头企业", "外企", "外资企业", "民企", "国企", "央企", "厂商",
            "供应商", "品牌", "股东", "控股股东", "大股东", "实际控制人");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("第[一二三四五六七八九十]{1,3}");

    private static final String LEADING_PREPOSITIONS = "于在与和及同对向从把被将";

    /** Compass compounds that open institution names (东南大学, 西北某某学院) though HanLP tags them as directions. */
    private static final Set<String> COMPASS = Set.of("东南", "西南", "东北", "西北");

    /** no name's modifiers run longer than this */
    private static final int MAX_REACH = 30;

    private NameBoundary() { }

    /** Start offset of the name whose head starts at {@code headStart}; equals headStart when there is none. */
    private static final java.util.Set<String> BRACKETED_FORMS = java.util.Set.of("集团", "控股", "股份", "控股集团");

    public static int startOf(SentenceView s, int headStart) {
        List<Token> tokens = s.tokens();
        String text = s.text();
        int ti = s.tokenAt(headStart);
        if (ti < 0) return headStart;
        int start = headStart;
        Token own = tokens.get(ti);
        if (own.start() < headStart) {
            String prefix = text.substring(own.start(), headStart);
            if (ACTION_VERBS.contains(prefix) || GENERIC_STARTERS.contains(prefix)) return headStart;
            start = own.start();
        }
        boolean companyHead = text.startsWith("有限", headStart) || text.startsWith("公司", headStart)
                || text.startsWith("集团", headStart) || text.startsWith("股份", headStart);
        int j = ti - 1;
        while (j >= 0) {
            Token p = tokens.get(j);
            if (headStart - p.start() > MAX_REACH) break;
            String w = p.word();
            // 2024年5月8日 某市某中心: blank between two Chinese words is a break no name spans (the tokens drop it)
            if (blankBetween(text, p.end(), tokens.get(j + 1).start())) break;
            // 东南/f 大学: a compass compound right before the head, or before the words leading to it, opens the name
            if (COMPASS.contains(w) && p.tag().equals("f") && (j == 0 || isStop(s, tokens, j - 1))) {
                start = p.start();
                break;
            }
            // 局长/nnt over 长三角: a word that runs into a place from the left ends the name at the place
            // (not a word HanLP reads as a name itself: 通沪/nr 产业园 is named after two places)
            PlaceHit inside = s.placeCovering(p.end() - 1, p.end());
            if (inside != null && inside.start() > p.start() && p.word().length() > 1 && !Anchors.nameTag(p.tag())) {
                start = inside.start();
                break;
            }
            // 甲·乙科创园; 江宁—博望示范区: one dash between two places joins them as · does (a double dash sets off an aside)
            // (甲镇—乙镇 written without 镇: 枫泾/nr—新/a 埭/g跨界产业园, a short word HanLP reads as a name on the left)
            boolean placesJoined = (w.equals("—") || w.equals("-")) && j > 0 && p.end() - p.start() == 1
                    && (s.overlapsPlace(tokens.get(j - 1).start(), tokens.get(j - 1).end()) || brandWord(s, tokens.get(j - 1)))
                    && (s.overlapsPlace(tokens.get(j + 1).start(), tokens.get(j + 1).end()) || !isStop(s, tokens, j + 1))
                    && !text.startsWith("——", p.start()) && (p.start() == 0 || text.charAt(p.start() - 1) != '—');
            if ((w.equals("·") || w.equals("•")) && j > 0 && isNameish(s, tokens.get(j - 1)) || placesJoined) {
                start = p.start();
                j--;
                continue;
            }
            if (w.equals("”") && j > 0) {
                int open = text.lastIndexOf('“', p.start());
                if (open >= 0 && p.start() - open - 1 <= 8 && p.start() - open - 1 >= 2
                        && text.substring(open + 1, p.start()).chars().allMatch(Character::isLetterOrDigit)) {
                    start = open;
                    j = s.tokenAt(open) - 1;
                    continue;
                }
                break;
            }
            if (w.equals(")")) {
                int open = openingParen(tokens, j);
                // 某某产业投资控股(集团)有限公司: a legal form in brackets belongs to a company's name, as a place does
                if (open < 0 || s.placeCovering(tokens.get(open).end(), p.start()) == null
                        && !(companyHead && BRACKETED_FORMS.contains(text.substring(tokens.get(open).end(), p.start())))) break;
                start = tokens.get(open).start();
                j = open - 1;
                continue;
            }
            // a trade word names the company's trade after its brand; right before a place or another name, or after
            // an adverb, it is the verb (投资/vn 合肥…, 已/d 投资/vn 青禾/nr…)
            boolean trade = companyHead && TRADE_WORDS.contains(w) && j + 1 < tokens.size()
                    && !tokens.get(j + 1).tag().startsWith("u")
                    && !s.overlapsPlace(tokens.get(j + 1).start(), tokens.get(j + 1).end())
                    && !Anchors.nameTag(tokens.get(j + 1).tag()) && !(j > 0 && tokens.get(j - 1).tag().startsWith("d"));
            // 某某联合港务有限公司: 联合 between a brand and the trade names a joint company; after a verb it is the verb
            boolean joint = companyHead && w.equals("联合") && j > 0 && j + 1 < ti
                    && tokens.get(j + 1).tag().startsWith("n") && !Anchors.nameTag(tokens.get(j + 1).tag())
                    && !s.overlapsPlace(tokens.get(j + 1).start(), tokens.get(j + 1).end())
                    && !isStop(s, tokens, j - 1);
            // 浙江天擎新能源集团 cut as 天/qt 擎/v: two single-character pieces in a row are an unknown name
            boolean pieces = Anchors.isNamePiece(tokens, j) && !ACTION_VERBS.contains(w)
                    && (j > 0 && Anchors.isNamePiece(tokens, j - 1) && !ACTION_VERBS.contains(tokens.get(j - 1).word())
                    || j + 1 < ti && Anchors.isNamePiece(tokens, j + 1) && !ACTION_VERBS.contains(tokens.get(j + 1).word()));
            // 某区第一人民医院: an ordinal right after a place numbers the place's institutions
            // (某某大学附属第一医院: and after 附属, the university's)
            boolean ordinal = ORDINAL.matcher(w).matches() && j > 0
                    && (s.overlapsPlace(tokens.get(j - 1).start(), tokens.get(j - 1).end())
                    || tokens.get(j - 1).word().equals("附属") || tokens.get(j - 1).word().equals("附设"));
            // 某县第/mq 三/m 人民医院: HanLP may cut the ordinal in two
            if (w.length() == 1 && "一二三四五六七八九十".contains(w) && j > 1 && tokens.get(j - 1).word().equals("第")
                    && s.overlapsPlace(tokens.get(j - 2).start(), tokens.get(j - 2).end())) {
                start = tokens.get(j - 1).start();
                j -= 2;
                continue;
            }
            // 上海自/p 贸/vg 试验区新片区: a park inside the name (the zone a sub-zone belongs to) is no stop
            boolean innerPark = HeadNouns.parkHeadStartsAt(text, p.start(), headStart) && !s.overlapsPlace(p.start(), p.end());
            if (innerPark) {
                start = p.start();
                j--;
                continue;
            }
            // 经济/n 和/cc 信息化/vn 局: the 和 of a government department's official name joins, it does not list
            if (w.equals("和") && departmentAnd(text, p.start())) {
                start = p.start();
                j--;
                continue;
            }
            if (DESCRIPTOR_NOUNS.contains(w) && j + 1 < ti && !companySuffix(tokens.get(j + 1).word())) break;
            if (!trade && !joint && !pieces && !ordinal && isStop(s, tokens, j)) break;
            start = p.start();
            j--;
        }
        return afterAdverbsVerb(s, afterPointingWords(s, unknownNameStart(s, trimLeading(s, start, headStart), headStart), headStart));
    }

    /**
     * 共/d 建湖/ns 宣合作产业园: HanLP glued the verb's second character to the name (共建 is the verb), so the
     * name starts one character later.
     */
    private static int afterAdverbsVerb(SentenceView s, int start) {
        int i = s.tokenAt(start);
        if (i <= 0 || s.tokens().get(i).start() != start || s.tokens().get(i).word().length() < 2) return start;
        Token before = s.tokens().get(i - 1);
        if (before.word().length() != 1 || !before.tag().startsWith("d") || before.end() != start) return start;
        return WordSignals.mainlyAVerb(before.word() + s.text().charAt(start)) ? start + 1 : start;
    }

    /** 三/m 地/ude2 任/v 一/m 政务服务中心: pointing words HanLP cut into pieces still open no name. */
    private static int afterPointingWords(SentenceView s, int start, int limit) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String w : DEICTIC) {
                int end = start + w.length();
                if (w.length() >= 2 && end < limit && s.text().startsWith(w, start) && s.tokenAt(end) >= 0
                        && s.tokens().get(s.tokenAt(end)).start() == end) {
                    start = end;
                    moved = true;
                }
            }
        }
        return start;
    }

    /** The two halves government departments join with 和 (经济和信息化局, 人力资源和社会保障厅, 文化和旅游局). */
    private static final java.util.regex.Pattern DEPARTMENT_AND = java.util.regex.Pattern.compile(
            "(?:经济|工业|人力资源|住房|文化|文化广电|广播电视|自然资源|发展|卫生|城乡|国土资源|科学技术|商务|海洋|水利|农业)"
                    + "和(?:信息化|社会保障|城乡建设|旅游|规划|改革|计划生育|健康|体育|渔业|农村|口岸|投资)");

    private static boolean departmentAnd(String text, int and) {
        java.util.regex.Matcher m = DEPARTMENT_AND.matcher(text);
        while (m.find()) {
            if (m.start() < and && and < m.end()) return true;
            if (m.start() > and) break;
        }
        return false;
    }

    private static boolean blankBetween(String text, int from, int to) {
        if (to <= from || from == 0 || to >= text.length()) return false;
        return text.substring(from, to).isBlank() && Character.isIdeographic(text.charAt(from - 1))
                && Character.isIdeographic(text.charAt(to));
    }

    static boolean isTradeWord(String w) {
        return TRADE_WORDS.contains(w);
    }

    private static boolean companySuffix(String w) {
        return w.startsWith("集团") || w.startsWith("有限") || w.startsWith("股份") || w.startsWith("公司")
                || w.startsWith("控股");
    }

    /**
     * HanLP cuts a trade name it does not know into single characters and tags them as anything (太/d 一/m,
     * 协/vg 鑫/nz 中/f 能/v): when a name starts with such a character, the whole run of single characters
     * back to a clause break, preposition or conjunction is the name's first word.
     */
    static int unknownNameStart(SentenceView s, int start, int limit) {
        List<Token> tokens = s.tokens();
        int i = s.tokenAt(start);
        if (i < 0 || tokens.get(i).start() != start || !singleLetter(tokens.get(i)) || s.overlapsPlace(start, start + 1)) return start;
        int k = i - 1;
        // a function character (中, 新) inside such a run is a piece too: 协/vg 鑫/nz 中/f 能/v
        // and so is 得/地 read as a particle (尼/b 得/ude3 科/n 集团): 的 alone marks a true boundary
        while (k >= 0 && (singleLetter(tokens.get(k)) || k > 0 && (functionPiece(tokens.get(k)) || particlePiece(tokens.get(k)))
                && (singleLetter(tokens.get(k - 1)) || brandWord(s, tokens.get(k - 1))))
                && !s.overlapsPlace(tokens.get(k).start(), tokens.get(k).end())) k--;
        if (k == i - 1) return start;
        // 瑞鑫/nr 中/f 能/v: a short word HanLP reads as a name may open the run
        if (k >= 0 && brandWord(s, tokens.get(k)) && functionPiece(tokens.get(k + 1))) k--;
        // 共/d 筑/v 生态廊道: an adverb before a one-character verb is a predicate, not a name's first piece
        if (k == i - 2 && tokens.get(i - 1).tag().startsWith("d") && tokens.get(i).tag().startsWith("v")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).start() < limit ? tokens.get(i + 1).start() : start;
        }
        Token before = k >= 0 ? tokens.get(k) : null;
        boolean opens = before == null || before.tag().equals("w") || before.tag().startsWith("p") || before.tag().startsWith("c")
                || before.tag().startsWith("u")
                // 包含/v 正/d 泰/b 集团: a verb's object starts right after it, so the run after it is the name
                || before.tag().startsWith("v") && !before.tag().equals("vn") && before.word().length() >= 2;
        return opens ? tokens.get(k + 1).start() : start;
    }

    /** A two- or three-character word HanLP reads as a name (瑞鑫/nr), not a place: a brand's first word. */
    private static boolean brandWord(SentenceView s, Token t) {
        return Anchors.nameTag(t.tag()) && !t.tag().equals("j") && t.word().length() <= 3 && t.word().length() >= 2
                && !s.overlapsPlace(t.start(), t.end());
    }

    /** 瑞鑫/nr 中/f 能/v 光伏: a one-character "verb" inside a run of name pieces is a piece too. */
    private static boolean verbPiece(SentenceView s, List<Token> tokens, int j) {
        if (tokens.get(j).word().length() != 1 || j == 0) return false;
        Token before = tokens.get(j - 1);
        if (Anchors.isNamePiece(tokens, j - 1) || brandWord(s, before)) return true;
        return functionPiece(before) && j > 1 && (Anchors.isNamePiece(tokens, j - 2) || brandWord(s, tokens.get(j - 2)));
    }

    private static boolean particlePiece(Token t) {
        return t.tag().equals("ude2") || t.tag().equals("ude3");
    }

    private static boolean functionPiece(Token t) {
        return t.word().length() == 1 && Anchors.FUNCTION_CHARS.indexOf(t.word().charAt(0)) >= 0 && !t.tag().startsWith("u")
                && !t.tag().startsWith("p") && !t.tag().startsWith("c");
    }

    /** A one-character token that may be a piece of an unknown name: a letter, not a function word or a verb that opens a clause. */
    private static boolean singleLetter(Token t) {
        String w = t.word();
        if (w.length() != 1 || !Character.isLetter(w.charAt(0)) || w.charAt(0) < 0x2E80) return false;
        String tag = t.tag();
        return !tag.equals("w") && !tag.startsWith("p") && !tag.startsWith("c") && !tag.startsWith("u") && !tag.startsWith("r")
                && !tag.equals("q") && !ACTION_VERBS.contains(w) && Anchors.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0;
    }

    /** Drops leading words that cannot open a name: multi-character verbs, adverbs, generic starters. */
    static int trimLeading(SentenceView s, int start, int limit) {
        List<Token> tokens = s.tokens();
        int i = s.tokenFrom(start);
        while (i < tokens.size() && tokens.get(i).start() < limit) {
            Token t = tokens.get(i);
            boolean verb = t.tag().startsWith("v") && !t.tag().equals("vn") && t.word().length() >= 2 && !s.overlapsPlace(t.start(), t.end());
            if (t.tag().equals("v") && t.word().length() == 1 && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("a")
                    && tokens.get(i + 1).word().length() == 1) {
                start = tokens.get(i + 1).end();
                i += 2;
                continue;
            }
            // 位于南太湖新区 cut as 位/q 于南/nr: a guessed person name that starts with a preposition loses it
            if (t.start() == start && t.word().length() >= 2 && t.tag().startsWith("nr")
                    && LEADING_PREPOSITIONS.indexOf(t.word().charAt(0)) >= 0) {
                start = t.start() + 1;
                break;
            }
            // 建/v 好/a 某某走廊, 两/m 大/a 某某中心: a complement after a verb, or 大 after a numeral, opens no name
            if (t.start() == start && t.word().length() == 1 && t.tag().startsWith("a") && i > 0 && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() < limit
                    && (tokens.get(i - 1).tag().equals("v") && tokens.get(i - 1).word().length() == 1
                    || t.word().equals("大") && tokens.get(i - 1).tag().startsWith("m"))) {
                start = tokens.get(i + 1).start();
                i++;
                continue;
            }
            // 500强某某公司 cut as 500/m 强某某/nr: the rank belongs to the number
            if (t.start() == start && t.word().length() >= 3 && t.tag().startsWith("nr") && "强余多".indexOf(t.word().charAt(0)) >= 0
                    && i > 0 && tokens.get(i - 1).tag().equals("m")) {
                start = t.start() + 1;
                break;
            }
            boolean adverb = t.tag().startsWith("d") && (t.word().length() > 1 || COMMON_ADVERBS.indexOf(t.word().charAt(0)) >= 0);
            if (verb || adverb || GENERIC_STARTERS.contains(t.word()) || DEICTIC.contains(t.word())
                    || t.word().equals("·")) {
                start = t.end();
                i++;
            } else {
                break;
            }
        }
        return Math.min(start, limit);
    }

    /** 瑞和/nr: a two-character name read as a person's, not a head noun glued to 和 (区和/nr after 新片). */
    private static boolean personLikeName(String text, Token t) {
        return t.tag().startsWith("nr") && t.word().length() == 2 && HeadNouns.headEndingAt(text, t.start() + 1) == null;
    }

    static boolean isStop(SentenceView s, List<Token> tokens, int j) {
        Token p = tokens.get(j);
        String w = p.word();
        String tag = p.tag();
        if (s.overlapsPlace(p.start(), p.end())) return false;
        // 某某大学附属某某医院: the hospital's name holds the university it belongs to
        if (w.equals("附属") || w.equals("附设")) return false;
        if (ACTION_VERBS.contains(w) || DEICTIC.contains(w)) return true;
        // 区和 ends a name; 协同/vd and a name HanLP reads as a person's (瑞和/nr 医院) do not
        if (w.length() >= 2 && "和与及同".indexOf(w.charAt(w.length() - 1)) >= 0 && !tag.equals("n")
                && !tag.startsWith("v") && !personLikeName(s.text(), p)) return true;
        if (!w.chars().anyMatch(c -> Character.isLetterOrDigit(c))) return !w.equals("·");
        if (tag.startsWith("v") && j + 1 < tokens.size() && opensName(s, tokens.get(j + 1), !tag.equals("vn"))
                && !verbPiece(s, tokens, j)) return true;
        if (w.equals("政府") || w.equals("人民政府")) return true;
        // 已/d 投资/vn 青禾/nr…: a trade word that takes an object, after an adverb or before another name, is the verb
        if (OBJECT_TRADES.contains(w) && (j > 0 && tokens.get(j - 1).tag().startsWith("d")
                || j + 1 < tokens.size() && Anchors.nameTag(tokens.get(j + 1).tag()))) return true;
        // 租给, 交给, 转让给: the name is the verb's object
        if (tag.startsWith("v") && w.length() >= 2 && "给".indexOf(w.charAt(w.length() - 1)) >= 0) return true;
        if (tag.startsWith("d") && (w.length() > 1 || COMMON_ADVERBS.indexOf(w.charAt(0)) >= 0)) return true;
        if (tag.equals("w") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("r")
                || tag.equals("t") || tag.equals("f") || tag.equals("y") || tag.equals("e")
                || tag.equals("o") || tag.equals("vshi") || tag.equals("vyou") || tag.equals("nnt") && PERSON_ROLES.contains(w) || tag.equals("nnd")
                || tag.equals("ad") || tag.equals("mq") || tag.equals("qt") || tag.equals("qv") || tag.equals("k")) {
            return true;
        }
        if (tag.equals("q")) {
            return MEASURES.contains(w);
        }
        if (tag.equals("m")) {
            if (w.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                return !isCodeLike(w) && !(j > 0 && isCodeLike(tokens.get(j - 1).word()));
            }
            if (w.length() >= 2) return true;
            return j + 1 < tokens.size() && MEASURES.contains(tokens.get(j + 1).word());
        }
        return false;
    }

    /** A place or a proper name right after a verb starts the verb's object: 关注|上海…, 服务|虹桥…. */
    private static boolean opensName(SentenceView s, Token next, boolean plainVerb) {
        if (s.overlapsPlace(next.start(), next.end()) || next.tag().equals("ns")) return true;
        if (HeadNouns.headEndingAt(s.text(), next.end()) != null) return false;
        return plainVerb && (next.tag().equals("nz") || next.word().equals("全球") || next.word().equals("中国")
                || next.word().equals("长三角"));
    }

    /** G60, 5G: letters with digits belong to names. */
    static boolean isCodeLike(String w) {
        return w.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    static boolean isNameish(SentenceView s, Token t) {
        return s.overlapsPlace(t.start(), t.end()) || t.tag().startsWith("n") || t.tag().equals("j");
    }

    private static int openingParen(List<Token> tokens, int close) {
        for (int k = close - 1; k >= 0 && k >= close - 6; k--) {
            if (tokens.get(k).word().equals("(")) return k;
        }
        return -1;
    }
}
