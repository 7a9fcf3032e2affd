package org.yrdkg.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.place.WordSignals;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.PlaceRef;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/**
 * Park, Company, Platform and Organization names by structure: optional place prefix + modifiers +
 * head noun ({@link HeadNouns}), with {@code ·}-joined parts and a trailing "(place)".
 */
public final class OrgNameRecognizer {

    private static final int MAX_NAME = 32;

    private static final HeadNouns.Head QUOTED_BASE = new HeadNouns.Head("基地", EntityType.Platform);

    public List<NameSpan> recognize(SentenceView s) {
        List<NameSpan> found = new ArrayList<>();
        String text = s.text();
        for (Token t : mayHoldAHead(text) ? s.tokens() : List.<Token>of()) {
            int headEnd = t.end();
            // a mis-segmented token such as 区和 still ends a name before its conjunction
            if (t.word().length() >= 2 && "和与及".indexOf(text.charAt(t.end() - 1)) >= 0) headEnd = t.end() - 1;
            // 审批局长/nnt 三角: a token that runs into a place ends a name where the place begins
            PlaceHit runInto = s.placeCovering(t.end() - 1, t.end());
            if (runInto != null && runInto.start() > t.start()) headEnd = runInto.start();
            HeadNouns.Head head = HeadNouns.headEndingAt(text, headEnd);
            if (head == null) head = parkAfterPlace(s, headEnd);
            // “某某影视译制基地”: 基地 alone is too common a word to end a name, unless quotation marks close on it
            if (head == null && text.startsWith("基地”", headEnd - 2)) head = QUOTED_BASE;
            if (head == null) continue;
            int headStart = headEnd - head.text().length();
            if (s.tokenAt(headStart) < 0) continue;
            if (objectOfAVerb(s, headStart, head)) continue;
            // 促进局/nis, 分局/nis: HanLP knows the word as an institution's, so its one-character head still ends a name
            if (head.text().length() == 1 && !head.text().equals("园") && t.start() != headStart && !t.tag().equals("nis")) continue;
            int start = NameBoundary.startOf(s, headStart);
            int end = extendWithPlaceInParens(s, headEnd);
            // “长三角一体化四地教育联盟”: quotation marks that close right after the head hold the whole name
            int quoted = quotedStart(text, headStart, end);
            boolean inQuotes = quoted >= 0 && !saysSomething(s, quoted, headStart);
            if (inQuotes) start = NameBoundary.trimLeading(s, quoted, headStart);
            if (head.text().equals("平台") && start < headStart && text.charAt(headStart - 1) == ')') {
                end = headStart;
            }
            NameSpan span = accept(s, start, headStart, end, head, inQuotes && start == quoted);
            if (span != null) span = ownerOfAFacility(s, parkOfItsCommittee(s, span));
            if (span != null && !insideBookTitle(text, span.start()) && !afterCategoryWord(text, span.start())
                    && !afterCount(s, span.start()) && !namesARoute(s, span.end())) {
                found.add(span);
            }
        }
        found.addAll(numberedSchools(s));
        found.addAll(quotedPlatforms(s));
        if (text.contains("是")) found.addAll(definedAsCompanies(s));
        if (text.contains("——")) found.addAll(appositives(s));
        if (BRAND_TAILS.stream().anyMatch(text::contains)) found.addAll(brands(s));
        // segmenting costs most of the time: only a sentence with Latin letters may hold a Latin brand
        if (text.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) found.addAll(latinBrands(s));
        return outermost(found);
    }

    /** the heads of a whole company or institution that may stand inside a longer name */
    private static final java.util.Map<String, EntityType> OWNER_HEADS = java.util.Map.of("集团", EntityType.Company,
            "公司", EntityType.Company, "有限公司", EntityType.Company, "股份有限公司", EntityType.Company,
            "医院", EntityType.Organization, "人民医院", EntityType.Organization, "大学", EntityType.Organization);

    /**
     * 鸿运集团华东采购分拨中心, 某县第一人民医院远程会诊中心: a whole company or hospital followed by a facility that is only
     * described (no place, no name of its own) is the company or hospital; the facility is what it runs.
     */
    private static NameSpan ownerOfAFacility(SentenceView s, NameSpan span) {
        if (span.type() == EntityType.Company || span.type() == EntityType.Park) return span;
        List<Token> tokens = s.tokens();
        for (int i = s.tokenFrom(span.start()); i < tokens.size() && tokens.get(i).end() < span.end(); i++) {
            Token t = tokens.get(i);
            EntityType type = OWNER_HEADS.get(t.word());
            if (type == null || t.start() - span.start() < 2) continue;
            String rest = s.text().substring(t.end(), span.end());
            if (!HeadNouns.describedFacility(rest) || s.overlapsPlace(t.end(), span.end())) return span;
            return new NameSpan(span.sentence(), span.start(), t.end(), s.text().substring(span.start(), t.end()), type,
                    span.places(), NameSpan.Kind.ORG);
        }
        return span;
    }

    /** 持有公司, 收购公司: a bare 公司 right after a verb is the verb's object (the company spoken of), not a name. */
    private static boolean objectOfAVerb(SentenceView s, int headStart, HeadNouns.Head head) {
        if (!head.text().equals("公司")) return false;
        int i = s.tokenAt(headStart);
        if (i <= 0 || s.tokens().get(i).start() != headStart) return false;
        Token before = s.tokens().get(i - 1);
        return before.end() == headStart && before.tag().equals("v") && before.word().length() == 2
                && !NameBoundary.isTradeWord(before.word());
    }

    private static final List<String> PARK_COMMITTEES = List.of("管理委员会", "管委会");

    /**
     * 某某经济技术开发区管委会: a zone's administrative committee stands for the zone, as a place's government
     * stands for the place; the mention keeps its whole text, the name is the zone's.
     */
    private static NameSpan parkOfItsCommittee(SentenceView s, NameSpan span) {
        for (String committee : PARK_COMMITTEES) {
            if (!span.name().endsWith(committee)) continue;
            int parkEnd = span.end() - committee.length();
            HeadNouns.Head park = HeadNouns.headEndingAt(s.text(), parkEnd);
            if (park == null || park.type() != EntityType.Park || parkEnd - span.start() <= park.text().length()) return span;
            return new NameSpan(span.sentence(), span.start(), span.end(), s.text().substring(span.start(), parkEnd),
                    EntityType.Park, span.places(), NameSpan.Kind.ORG);
        }
        return span;
    }

    /** The offset after the “ that opens a quotation closing at {@code end}, or -1; the quote holds no clause break. */
    static int quotedStart(String text, int headStart, int end) {
        if (end >= text.length() || text.charAt(end) != '”') return -1;
        int open = text.lastIndexOf('“', headStart);
        if (open < 0 || end - open - 1 > MAX_NAME || text.lastIndexOf('”', end - 1) > open) return -1;
        // a clause break ends a quotation that names; “总部+基地” is a formula, not a name
        for (int i = open + 1; i < end; i++) if (",，。；;、:：!！?？+＋×/".indexOf(text.charAt(i)) >= 0) return -1;
        return open + 1;
    }

    /** “山水林田湖草是一个生命共同体”: a quotation with 是/有, an adverb or a counted noun is a saying, not a name. */
    private static boolean saysSomething(SentenceView s, int from, int to) {
        for (int i = Math.max(0, s.tokenAt(from)); i < s.tokens().size() && s.tokens().get(i).start() < to; i++) {
            String tag = s.tokens().get(i).tag();
            if (tag.equals("vshi") || tag.equals("vyou") || tag.equals("mq") || tag.equals("d")) return true;
        }
        return false;
    }

    private static final Pattern SCHOOL_NUMBER = Pattern.compile("^(第[一二三四五六七八九十]{1,3}中学|[一二三四五六七八九十]{1,2}中)(?![心国间部学期])");

    /** 淮南一中, 某市第二中学: a place followed by a school number. */
    private static List<NameSpan> numberedSchools(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        for (PlaceHit p : s.places()) {
            Matcher m = SCHOOL_NUMBER.matcher(s.text()).region(p.end(), s.text().length());
            if (!p.isGroup() && m.lookingAt()) {
                int end = m.end();
                out.add(new NameSpan(s.index(), p.start(), end, s.text().substring(p.start(), end),
                        EntityType.Organization, p.places(), NameSpan.Kind.ORG));
            }
        }
        return out;
    }

    /** Segmenting costs most of the time: a sentence without any head noun needs no tokens here. */
    private static boolean mayHoldAHead(String text) {
        if (text.contains("基地”")) return true;
        for (int i = 1; i <= text.length(); i++) {
            if (text.charAt(i - 1) == '园' || HeadNouns.headEndingAt(text, i) != null) return true;
        }
        return false;
    }

    private static final HeadNouns.Head PARK_AFTER_PLACE = new HeadNouns.Head("园", EntityType.Park);

    /** 上海金山园, 某某产业园虹桥园: a place (or a place-tagged word) followed by 园 is a park. */
    private static HeadNouns.Head parkAfterPlace(SentenceView s, int end) {
        String text = s.text();
        if (end < 2 || text.charAt(end - 1) != '园') return null;
        int before = end - 1;
        for (PlaceHit p : s.places()) {
            if (p.end() == before && !p.isGroup()) return PARK_AFTER_PLACE;
        }
        int ti = s.tokenAt(before - 1);
        if (ti >= 0 && s.tokens().get(ti).end() == before && s.tokens().get(ti).tag().equals("ns")) return PARK_AFTER_PLACE;
        return null;
    }

    private static final Pattern QUOTED_PLATFORM = Pattern.compile(
            "“([^“”,，。;；、\\s]{2,8})”(?:等)?(?:线上|网上|数字|服务|政务|综合)?(?:平台|APP|App|app|小程序|公众号)");

    /** “某某办”平台, 借助“某某”等平台: a quoted short name introduced as a platform. */
    private static List<NameSpan> quotedPlatforms(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        Matcher m = QUOTED_PLATFORM.matcher(s.text());
        while (m.find()) {
            out.add(new NameSpan(s.index(), m.start(1), m.end(1), m.group(1), EntityType.Platform, List.of(), NameSpan.Kind.ORG));
        }
        return out;
    }

    /** X是…显示屏企业, X是中国首家…的上市公司: the subject of a clause that defines it as a company */
    private static final Pattern DEFINED_AS_COMPANY = Pattern.compile(
            "(?:^|[,，。；;:：])([^,，。；;:：“”《》()（）是]{2,10}?)是[^,，。；;是]{0,30}?(?:企业|公司|集团|厂商|供应商|制造商)(?:之一)?(?=[,，。；;]|$)");

    /**
     * 某某方是本市最早引入的显示屏企业: a copula that defines its subject as a company makes the subject a company
     * name, whatever HanLP made of it; the subject starts after leading adverbs, pointers and descriptors.
     */
    private static List<NameSpan> definedAsCompanies(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        Matcher m = DEFINED_AS_COMPANY.matcher(s.text());
        while (m.find()) {
            int start = NameBoundary.trimLeading(s, m.start(1), m.end(1));
            while (start < m.end(1) && s.tokenAt(start) >= 0 && NameBoundary.DESCRIPTOR_NOUNS.contains(s.tokens().get(s.tokenAt(start)).word())
                    || start < m.end(1) && s.text().startsWith("旗下", start)) {
                start = s.tokenAt(start) >= 0 ? s.tokens().get(s.tokenAt(start)).end() : start + 2;
            }
            int end = m.end(1);
            // 旗下/d 正/d 泰/b 电器: a trade name HanLP cut into single characters starts with the run
            int at = s.tokenAt(start);
            if (at > 0 && s.tokens().get(at).start() == start && s.tokens().get(at).word().length() == 1
                    && s.tokens().get(at - 1).word().length() == 1 && s.tokens().get(at - 1).start() >= m.start(1)) {
                start = s.tokens().get(at - 1).start();
            }
            if (end - start < 2 || end - start > 8 || s.overlapsPlace(start, end)) continue;
            String name = s.text().substring(start, end);
            int first = s.tokenAt(start);
            if (first < 0 || s.tokens().get(first).start() != start) continue;
            // a run of single characters is pieces of a name, whatever their tags (正/d 泰/b)
            boolean pieces = s.tokens().get(first).word().length() == 1 && first + 1 < s.tokens().size()
                    && s.tokens().get(first + 1).word().length() == 1;
            String tag = pieces ? "n" : s.tokens().get(first).tag();
            if (tag.startsWith("r") || tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("m")
                    || tag.startsWith("t") || Anchors.GENERIC.contains(name) || name.chars().anyMatch(Character::isDigit)
                    // 全资子公司是…: a kind of company is no name (a name with its suffix is found by its head)
                    || NameBoundary.DESCRIPTOR_NOUNS.contains(name) || name.endsWith("公司") || name.endsWith("企业")) continue;
            boolean allNouns = true;
            for (int i = first; i < s.tokens().size() && s.tokens().get(i).start() < end; i++) {
                String t = s.tokens().get(i).tag();
                if (!(t.startsWith("n") || t.equals("j") || t.equals("x") || t.equals("b") || s.tokens().get(i).word().length() == 1)) allNouns = false;
            }
            if (allNouns) out.add(new NameSpan(s.index(), start, end, name, EntityType.Company, List.of(), NameSpan.Kind.ORG));
        }
        return out;
    }

    private static final java.util.Set<String> BRAND_TAILS = java.util.Set.of("汽车", "科技", "电子", "光电", "新材料",
            "能源", "新能源", "医药", "生物", "股份", "控股", "电气", "机械", "动力", "储能", "光伏", "半导体", "微电子",
            "软件", "存储", "智造", "重工", "制药", "化工", "材料", "物流", "食品");
    private static final Pattern AFTER_BRAND = Pattern.compile("^(?:在|与|和|、|等|,|将|已|投资|落户|签约|入驻|成立|总部|集团|发布|宣布|公告|拟)");

    /** 某某汽车在…, 某某科技与…: an unknown name (person-, brand- or abbreviation-tagged) plus a trade word is a company. */
    private static List<NameSpan> brands(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token name = tokens.get(i), tail = tokens.get(i + 1);
            if (!BRAND_TAILS.contains(tail.word()) || tail.start() != name.end()) continue;
            String tag = name.tag();
            if (!(tag.startsWith("nr") || tag.equals("nz") || tag.equals("nx") || tag.equals("j")) || name.word().length() < 2
                    || WordSignals.mainlyAVerb(name.word()) || s.overlapsPlace(name.start(), name.end()) || Anchors.GENERIC.contains(name.word())) continue;
            if (i > 0 && !NameBoundary.isStop(s, tokens, i - 1) && !tokens.get(i - 1).tag().startsWith("v")) continue;
            if (!AFTER_BRAND.matcher(s.text()).region(tail.end(), s.text().length()).lookingAt()) continue;
            out.add(new NameSpan(s.index(), name.start(), tail.end(), s.text().substring(name.start(), tail.end()),
                    EntityType.Company, List.of(), NameSpan.Kind.ORG));
        }
        return out;
    }

    private static final Pattern SHAREHOLDER_TAIL = Pattern.compile("(?:的)?(?:控股|第一大|主要)?股东$");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z&-]{2,15}");
    /** what follows a foreign brand that is a company: its worldwide or China arm, headquarters, group */
    private static final Pattern AFTER_LATIN = Pattern.compile("^(?:全球|中国|总部|集团|公司|股份|控股)");
    /** the slots a company fills: 向X注资, 收购X */
    private static final Pattern STAKE_BEFORE = Pattern.compile("(?:向|收购|并购|入股)$");
    private static final Pattern STAKE_AFTER = Pattern.compile("^(?:注资|增资|出资)");

    /**
     * vivo全球人工智能总部, 向SUNLAND注资: a word in Latin letters (HanLP's nx) is a company when its arm or
     * headquarters follows, or when it sits where money goes into a company.
     */
    private static List<NameSpan> latinBrands(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        String text = s.text();
        for (Token t : s.tokens()) {
            if (!t.tag().equals("nx") || !LATIN_WORD.matcher(t.word()).matches()) continue;
            boolean arm = AFTER_LATIN.matcher(text).region(t.end(), text.length()).lookingAt();
            boolean stake = STAKE_BEFORE.matcher(text.substring(Math.max(0, t.start() - 2), t.start())).find()
                    && STAKE_AFTER.matcher(text).region(t.end(), text.length()).lookingAt();
            if (arm || stake) {
                out.add(new NameSpan(s.index(), t.start(), t.end(), t.word(), EntityType.Company, List.of(), NameSpan.Kind.ORG));
            }
        }
        return out;
    }

    private static final Pattern KIND_BEFORE_DASH = Pattern.compile("(?:企业|公司|集团|厂商|品牌|之一|供应商|制造商|生产商|服务商|运营商)——$");

    /**
     * 一家外资企业——某某, 基地之一——某某科技: the name a dash puts after a company kind is a company, whatever
     * HanLP made of it; it runs to the first verb or punctuation.
     */
    private static List<NameSpan> appositives(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        String text = s.text();
        List<Token> tokens = s.tokens();
        for (int at = text.indexOf("——"); at >= 0; at = text.indexOf("——", at + 2)) {
            int start = at + 2;
            if (!KIND_BEFORE_DASH.matcher(text).region(Math.max(0, at - 3), start).find()) continue;
            int i = s.tokenAt(start);
            if (i < 0 || tokens.get(i).start() != start) continue;
            int end = start;
            for (; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isPunctuation() || t.tag().startsWith("v") && t.word().length() > 1 || t.tag().startsWith("u")
                        || t.tag().startsWith("p") || t.tag().startsWith("c") || t.tag().equals("qt") || t.tag().equals("m")) break;
                end = t.end();
            }
            // ——某某电子控股股东: the role after the name is no part of it
            Matcher role = SHAREHOLDER_TAIL.matcher(text.substring(start, end));
            if (role.find()) end = start + role.start();
            if (end - start >= 2 && end - start <= 10 && !s.overlapsPlace(start, end)) {
                out.add(new NameSpan(s.index(), start, end, text.substring(start, end), EntityType.Company, List.of(),
                        NameSpan.Kind.ORG));
            }
        }
        return out;
    }


    private static final Pattern COUNT_WORD = Pattern.compile("[一两二三四五六七八九十几数多百千]+[家个所座批类项条]");

    /** 30多家某某医院, 两大某某中心: a count before a name makes it a kind with many members, not one name. */
    static boolean afterCount(SentenceView s, int start) {
        int i = s.tokenAt(start);
        if (i <= 0 || s.tokens().get(i).start() != start) return false;
        java.util.List<Token> t = s.tokens();
        Token prev = t.get(i - 1);
        if (COUNT_WORD.matcher(prev.word()).matches()) return true; // 一家/n 某某公司
        boolean measure = prev.tag().equals("q") && "家个所座批类项条".contains(prev.word()) || prev.word().equals("大");
        if (!measure || i < 2) return false;
        Token num = t.get(i - 2);
        if ((num.word().equals("多") || num.word().equals("余")) && i >= 3) num = t.get(i - 3);
        // 一家某某公司 may introduce one named company; 一条/一座/一个 + a zone's head is the kind
        boolean oneOfAKind = "条座个".contains(prev.word());
        return num.tag().startsWith("m") && (oneOfAKind || !num.word().equals("一")) && !num.word().equals("首");
    }

    private static final java.util.Set<String> ROUTE_WORDS = java.util.Set.of("站", "线", "号线", "路", "大道", "街",
            "桥", "大桥", "隧道", "东站", "西站", "南站", "北站", "地铁站", "收费站", "出口", "互通");

    /** 某某示范区线, 某某高新区站, 某某大学路: a name followed by a line, station or road word names that route, not the body. */
    static boolean namesARoute(SentenceView s, int end) {
        int i = s.tokenFrom(end);
        return i >= 0 && i < s.tokens().size() && s.tokens().get(i).start() == end
                && ROUTE_WORDS.contains(s.tokens().get(i).word());
    }

    /** X、Y等国家自主创新示范区: after 等 a head names the category of the list, not one thing. */
    static boolean afterCategoryWord(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '等';
    }

    /** Names inside 《…》 are parts of a document title (an agreement, a plan), not mentions. */
    static boolean insideBookTitle(String text, int pos) {
        for (int i = pos - 1; i >= 0 && i >= pos - 60; i--) {
            char c = text.charAt(i);
            if (c == '》') return false;
            if (c == '《') {
                int close = text.indexOf('》', pos);
                return close >= 0 && close - pos <= 80;
            }
        }
        return false;
    }

    /** 在安徽某市的大科学装置集中区: 在 + a place + 的 before a zone or platform; what follows is that place's named thing. */
    private static boolean placedBefore(SentenceView s, int start) {
        if (start < 2 || s.text().charAt(start - 1) != '的') return false;
        PlaceHit p = s.placeCovering(start - 2, start - 1);
        if (p == null || p.isGroup() || p.end() != start - 1) return false;
        int from = p.start();
        for (PlaceHit q = s.placeCovering(from - 1, from); from > 0 && q != null && !q.isGroup(); q = s.placeCovering(from - 1, from)) {
            from = q.start();
        }
        return from > 0 && s.text().charAt(from - 1) == '在';
    }

    /**
     * @param quoted the name fills a quotation (“某某仪器共享网”): the quotation marks it as a name, so a platform or
     *               body needs no proper word, only a specific one
     */
    private static NameSpan accept(SentenceView s, int start, int headStart, int end, HeadNouns.Head head, boolean quoted) {
        String text = s.text();
        if (start == headStart) {
            if (!HeadNouns.standsAlone(head.text()) || s.tokenAt(headStart) < 0
                    || s.tokens().get(s.tokenAt(headStart)).start() != headStart) return null;
        }
        if (end - start > MAX_NAME) start = end - MAX_NAME;
        String name = text.substring(start, end);
        if (partyCommitteeOfPlace(s, start, headStart, end)) return null;
        PlaceHit whole = s.placeCovering(start, end);
        if (whole != null && whole.start() == start && whole.end() == end) return null;
        EntityType type = HeadNouns.typeOf(name, head);
        boolean anchored = Anchors.hasAnchor(s, start, headStart)
                || quoted && type != EntityType.Park
                || (type == EntityType.Park || type == EntityType.Platform) && placedBefore(s, start);
        boolean specific = Anchors.hasSpecificWord(s, start, headStart);
        boolean proper = Anchors.hasProperAnchor(s, start, headStart);
        int headToken = s.tokenAt(headStart);
        // 全资子公司, A股上市公司: the head word says what kind of company, never which
        if (headToken >= 0 && HeadNouns.isDescriptor(s.tokens().get(headToken).word())) return null;
        boolean ok = switch (type) {
            // 国家实验室, 省部级重点实验室 are kinds; 国家发改委 is one body
            case Company, Organization -> (proper || specific && !Anchors.hasEvaluative(s, start, headStart)
                    || anchored && HeadNouns.isDepartment(head.text()))
                    && (head.text().length() > 1 || anchored);
            default -> anchored && specific && !Anchors.hasEvaluative(s, start, headStart);
        };
        if (!ok && !HeadNouns.standsAlone(head.text())) return null;
        if (!proper && counted(s, start)) return null;
        // a place may run into the head (上海市委: 上海市 + 市委); it must stay shorter than the name
        // 某区科创飞地: an enclave is named after the place that runs it, and lies in another
        List<PlaceRef> named = head.text().equals("飞地") ? List.of() : leadingPlaces(s, start, Math.max(headStart, end - 1), type);
        return new NameSpan(s.index(), start, end, name, type, named,
                NameSpan.Kind.ORG);
    }

    private static final java.util.Set<String> COUNT_MEASURES = java.util.Set.of("个", "家", "所", "座", "批", "类", "项", "支");

    /**
     * 15个国家和省部级重点实验室、研究中心, 100多个市区两级工程技术研究中心: what a count is of is a kind, however
     * specific its words; only nouns, levels and list marks may stand between the count and the name.
     */
    private static boolean counted(SentenceView s, int start) {
        List<Token> tokens = s.tokens();
        int j = s.tokenAt(start) - 1;
        for (int seen = 0; j >= 1 && seen < 12; j--, seen++) {
            Token t = tokens.get(j);
            if (t.tag().equals("q") && COUNT_MEASURES.contains(t.word())) {
                Token n = tokens.get(j - 1);
                boolean about = (n.word().equals("多") || n.word().equals("余")) && j >= 2;
                return (about ? tokens.get(j - 2) : n).tag().equals("m");
            }
            boolean between = t.word().equals("、") || t.tag().startsWith("c") || t.tag().startsWith("n") && !Anchors.nameTag(t.tag())
                    || t.tag().equals("s") || t.tag().equals("b") || t.tag().equals("m") || t.tag().equals("q");
            if (!between) return false;
        }
        return false;
    }

    private static final java.util.Set<String> COMMITTEES = java.util.Set.of("省委", "市委", "区委", "县委", "党委", "委");

    /** 浙江省委, 某市委: a place's party committee is the place itself (an alias, not an organisation). */
    private static boolean partyCommitteeOfPlace(SentenceView s, int start, int headStart, int end) {
        for (PlaceHit p : s.places()) {
            if (p.start() != start || p.isGroup() || p.end() <= headStart || p.end() >= end) continue;
            if (COMMITTEES.contains(s.text().substring(p.end(), end))) return true;
        }
        for (PlaceHit p : s.places()) {
            if (p.start() == start && p.end() == headStart && !p.isGroup()
                    && COMMITTEES.contains(s.text().substring(headStart, end))) return true;
        }
        return false;
    }

    /**
     * The place a name starts with (上海市闵行区… → 闵行区): the organisation lies in it. None for X·Y names
     * or names that mention a second place (甲地名特优农产品乙地展销中心 lies in neither for sure).
     */
    static List<PlaceRef> leadingPlaces(SentenceView s, int start, int limit, EntityType type) {
        String name = s.text().substring(start, limit);
        if (name.contains("·") || name.contains("—")) return List.of(); // named after two places, it lies in neither for sure
        PlaceRef branch = branchPlace(s, start, limit);
        if (branch != null) return List.of(branch);
        PlaceHit first = null;
        for (PlaceHit p : s.places()) {
            if (p.start() >= start && p.end() <= limit) {
                if (first != null || p.isGroup()) return List.of();
                // 中国(某省)自由贸易试验区, 某某(某市)光伏玻璃有限公司: a place in brackets inside the name
                boolean bracketed = p.start() > start && s.text().charAt(p.start() - 1) == '(' && p.end() < s.text().length()
                        && s.text().charAt(p.end()) == ')';
                // a company's bracketed place is where a subsidiary is registered, which may be anywhere
                if (p.start() != start && !(bracketed && type != EntityType.Company)) return List.of();
                first = p;
            }
        }
        if (first == null) return List.of();
        // 某市某区高新区: a park's run-on prefix writes the district and its city together; outer first, innermost last
        List<PlaceRef> out = new ArrayList<>(type == EntityType.Park ? first.context() : List.of());
        out.add(first.places().get(0));
        return out;
    }

    /** The whole bodies a branch is named after: 某某大学太仓研究院 is the university's institute in 太仓. */
    private static final List<String> PARENT_HEADS = List.of("大学", "学院", "科学院", "研究院", "集团", "公司", "医院", "银行");

    /**
     * 某大学太仓长三角研究院, 上海某大学湖州创新研究院: a place right after the name of a whole university, company or
     * hospital inside a longer name is where that branch is; null when the name holds no such place.
     */
    private static PlaceRef branchPlace(SentenceView s, int start, int limit) {
        for (PlaceHit p : s.places()) {
            if (p.start() <= start || p.start() >= limit || p.isGroup() || p.places().get(0).type() == EntityType.Region) continue;
            String before = s.text().substring(start, p.start());
            return PARENT_HEADS.stream().anyMatch(before::endsWith) && before.length() > 2 ? p.places().get(0) : null;
        }
        return null;
    }

    private static int extendWithPlaceInParens(SentenceView s, int end) {
        String text = s.text();
        if (end < text.length() && text.charAt(end) == '(') {
            int close = text.indexOf(')', end);
            if (close > end + 1 && close - end <= 8 && s.placeCovering(end + 1, close) != null) return close + 1;
        }
        return end;
    }

    /** Keeps the longest of overlapping names: 长三角…示范区联盟 over its 示范区. */
    static List<NameSpan> outermost(List<NameSpan> spans) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((NameSpan n) -> n.end() - n.start()).reversed());
        java.util.TreeMap<Integer, NameSpan> kept = new java.util.TreeMap<>();
        for (NameSpan n : sorted) {
            var before = kept.floorEntry(n.end() - 1);
            if (before != null && before.getValue().end() > n.start()) continue;
            kept.put(n.start(), n);
        }
        return new ArrayList<>(kept.values());
    }
}
