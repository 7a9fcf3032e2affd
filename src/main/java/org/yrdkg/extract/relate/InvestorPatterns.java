package org.yrdkg.extract.relate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.org.Project;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;

/**
 * INVESTS_IN stated with the investor as the subject of the clause: X投资N亿元在Z建设…, X与Z签约,拟投资N亿元…,
 * Y项目由X投资建设, X出资N亿元,与W共同设立Y. The host of a project is found in the sentence, else taken
 * from the project the previous sentence landed somewhere, else from the paragraph's locative 在Z, else
 * from the park whose signing ceremony the document reports (its list of signed projects names no host).
 */
final class InvestorPatterns {

    /** An amount of money as the investment patterns accept it (digits or Chinese numerals). */
    static final String AMOUNT = "(?:约|近|超过|超|逾|高达|达|共计|共|累计|总计)?\\s*(?:人民币)?[\\d.,零〇一二两三四五六七八九十百千]+\\s*(?:多|余)?"
            + "(?:万亿|亿|千万|百万|万)(?:多|余)?" + Amount.CURRENCY + "(?:人民币)?";
    private static final String MODAL = "(?:将|拟|计划|已|还|也|再|又|预计|共|累计|正式|成功|首期|追加|新增)*"
            + "(?:(?:以|使用|用)(?:其)?(?:自有|自筹|募集)资金)?";
    private static final String INVEST = "(?:投资|投入|出资|斥资|总投资)";

    /** …投资N亿元(,)在Z: the gap between the investor and the host. */
    private static final Pattern INVEST_THEN_AT = Pattern.compile(
            "^\\s*" + MODAL + INVEST + "(?:约|近|超过|超|逾|达)?" + AMOUNT + "\\s*[,，]?\\s*" + MODAL + "(?:在|于|落户|落地|布局)\\s*$");
    /** The host named by X and Z signing: X与Z签约 / Z与X签约. */
    private static final Pattern SIGN = Pattern.compile("^\\s*(?:正式|成功|现场|集中)?(?:签约|签订|签署)");
    /** An investment said after the signing, in the same sentence. */
    private static final Pattern INVESTMENT_AFTER = Pattern.compile(
            "^[^。；;]{0,30}?" + "(?:投资|总投资|投资总额)(?:额)?(?:为|达|约|近|超过|超|逾)?" + AMOUNT);
    /** Y项目(落户Z,)由X…: X is who builds the project. */
    private static final Pattern BY = Pattern.compile(
            "项目[^。；;]{0,24}?(?:将|拟|主要)?由\\s*(?:(?:本|该)?公司|其)?(?:的|旗下)?(?:(?:全资|控股)?(?:子公司|孙公司))?\\s*$");
    /** X投资N亿元建设/设立…, X投资N亿元的…项目: an investment whose host the sentence may not name. */
    private static final Pattern INVESTS_AMOUNT = Pattern.compile(
            "^\\s*" + MODAL + "(?:总投资|投资|出资|斥资)(?:额)?(?:约|近|超过|超|逾|达|为)?(" + AMOUNT + ")\\s*(?:建设|设立|新建|兴建|打造|建成|投建|的)");
    /** 总投资N亿元的X(公司)…项目: the project of company X. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:总投资|投资总额)(?:约|近|超过|超|逾|达|为)?(" + AMOUNT + ")的\\s*$");
    private static final Pattern BY_VERB = Pattern.compile(
            "^\\s*(?:独资|全资|控股)?(?:(?:出资|投资|投建)(" + AMOUNT + ")?\\s*(?:建设|兴建|建造|开发|打造|运营)?|负责(?:投资)?建设|(?:建设|兴建|开发建设)(?!单位))");
    /** X出资N亿元,与W共同设立…: the investor, the partner and the new company or fund. */
    private static final Pattern STAKE_THEN_PARTNER = Pattern.compile(
            "^\\s*" + MODAL + "(?:出资|投资|认缴)" + "(" + AMOUNT + ")\\s*[,，]?\\s*(?:与|和|联合|同)\\s*$");
    private static final Pattern JOINTLY_FOUND = Pattern.compile(
            "^\\s*(?:共同|联合|一起)?(出资)?(?:发起)?(?:设立|成立|组建|发起设立|注册成立)(?:了)?");

    /** 甲(以下简称“乙”)与丙: the short form in brackets is the left side, its closing marks stand before 与 */
    /** X(当天)与Z: when it happened may stand before 与 */
    private static final Pattern PAIRED = Pattern.compile("[\\s”\")]*(?:当天|当日|同日|日前|近日|今天|正式|还|也)*(?:与|和|同)\\s*");
    /** 该项目由…, (三)项目由…: the sentence goes on about the project just named. */
    private static final Pattern THIS_PROJECT = Pattern.compile("[\\s(（一二三四五六七八九十、)）\\d.]*(?:该|此|这一|上述)?项目.*");

    private final java.util.function.BiPredicate<Entity, Entity> related;

    InvestorPatterns(java.util.function.BiPredicate<Entity, Entity> related) {
        this.related = related;
    }

    /** …总投资约60亿元建设Y项目 / 投资N亿元的Y项目: what the document said a named project costs. */
    private static final Pattern PROJECT_COST = Pattern.compile(
            "(?:总投资|投资总额|投资|投入)(?:额)?(?:约|近|超过|超|逾|达|为)?(" + AMOUNT + ")\\s*(?:建设|新建|兴建|投建|用于建设|的)\\s*"
                    + "([^,，。；;、:：“”的]{2,40}?项目)");

    /** Project name → its cost, or null when the document gives the same name two costs. */
    private final java.util.Map<String, Amount> projectCosts = new java.util.HashMap<>();

    private void rememberCosts(SentenceMentions s) {
        Matcher m = PROJECT_COST.matcher(s.text);
        while (m.find()) {
            Amount amount = Amount.find(m.group(1), 0);
            String name = m.group(2);
            if (amount == null || name.length() < 6) continue; // 该项目, 光伏项目: too general to recognise again
            projectCosts.merge(name, amount, (a, b) -> a.value() == b.value() && a.currency().equals(b.currency()) ? a : null);
        }
    }

    private Amount statedFor(String before) {
        Amount found = null;
        for (var e : projectCosts.entrySet()) {
            if (e.getValue() != null && before.contains(e.getKey())) {
                if (found != null) return null;
                found = e.getValue();
            }
        }
        return found;
    }

    void find(SentenceMentions s, List<Project> projects, Entity previousHost, Entity locative, Entity signingHost,
              RelationCollector out) {
        investThenAt(s, out);
        signThenInvest(s, out);
        projectCeremony(s, out);
        financingRound(s, out);
        foundsSubsidiary(s, out);
        investsInObjects(s, out);
        builtBy(s, projects, previousHost, locative != null ? locative : signingHost, out);
        jointFund(s, out);
        rememberCosts(s);
        Entity fallback = locative != null ? locative : signingHost;
        Entity named = hostBefore(s, s.text.length());
        // 某市举办…集中签约仪式,其中包含X总投资N亿元的…项目: the sentence names the signing host itself
        if (fallback != null && (named == null || named == signingHost)) hostless(s, fallback, out);
    }

    /**
     * X投资N亿元建设…, 总投资N亿元的X…项目 in a sentence that names no host: the investment goes to the
     * paragraph's 在Z or to the park whose signing ceremony the document reports.
     */
    private void hostless(SentenceMentions s, Entity host, RelationCollector out) {
        for (Resolved x : s.mentions) {
            if (x.isGroup() || !investorType(x.entity()) || SentenceMentions.host(x.entity())) continue;
            Matcher m = INVESTS_AMOUNT.matcher(s.text).region(x.end(), s.text.length());
            Amount amount = null;
            String project = null;
            if (m.lookingAt()) {
                amount = Amount.find(m.group(1), 0);
                project = InvestmentPatterns.projectBuilt(s.text, m.end(1));
            } else {
                Matcher before = TOTAL_BEFORE.matcher(s.text.substring(Math.max(0, x.start() - 24), x.start()));
                if (!before.find() || s.text.indexOf("项目", x.end()) < 0) continue;
                amount = Amount.find(before.group(1), 0);
            }
            add(x.entity(), host, s, 0.7, amount, project, out);
        }
    }

    static boolean investorType(Entity e) {
        return e.type() != EntityType.Region;
    }

    private void add(Entity investor, Entity host, SentenceMentions s, double confidence, Amount amount, RelationCollector out) {
        add(investor, host, s, confidence, amount, null, out);
    }

    private void add(Entity investor, Entity host, SentenceMentions s, double confidence, Amount amount, String project,
                     RelationCollector out) {
        invest(related, investor, host, s.view, confidence, amount, project, out);
    }

    /** investor INVESTS_IN host, unless that is itself or a place it contains or lies in (上海 → 闵行区). */
    static void invest(java.util.function.BiPredicate<Entity, Entity> related, Entity investor, Entity host,
                       org.yrdkg.extract.text.SentenceView v, double confidence, Amount amount, String project,
                       RelationCollector out) {
        if (investor == host || investor.type().isPlace() && host.type().isPlace() && related.test(investor, host)) return;
        out.add(investor, RelationType.INVESTS_IN, host, v, confidence, amount, project, Dates.first(v.text()));
    }

    /** X(将)投资N亿元(,)在Z建设…: X invests in Z. */
    private void investThenAt(SentenceMentions s, RelationCollector out) {
        for (int i = 1; i < s.mentions.size(); i++) {
            Resolved x = s.mentions.get(i - 1), z = s.mentions.get(i);
            if (x.isGroup() || z.isGroup() || !investorType(x.entity()) || !SentenceMentions.host(z.entity())) continue;
            String gap = s.between(x, z);
            if (!INVEST_THEN_AT.matcher(gap).matches()) continue;
            add(x.entity(), z.entity(), s, 0.8, Amount.find(gap, 0), InvestmentPatterns.projectBuilt(s.text, s.runLast(z).end()), out);
        }
    }

    /** X与Z签约,(拟)投资N亿元…: the signing company invests in the host it signed with. */
    private void signThenInvest(SentenceMentions s, RelationCollector out) {
        for (int i = 1; i < s.mentions.size(); i++) {
            Resolved a = s.mentions.get(i - 1), b = s.mentions.get(i);
            if (a.isGroup() || b.isGroup() || !PAIRED.matcher(s.between(a, b)).matches()) continue;
            Matcher sign = SIGN.matcher(s.text).region(b.end(), s.text.length());
            if (!sign.lookingAt()) continue;
            Resolved investor = SentenceMentions.host(a.entity()) ? b : a, host = investor == a ? b : a;
            if (SentenceMentions.host(investor.entity()) || !SentenceMentions.host(host.entity())) continue;
            Matcher m = INVESTMENT_AFTER.matcher(s.text).region(sign.end(), s.text.length());
            if (!m.lookingAt()) continue;
            add(investor.entity(), host.entity(), s, 0.8, Amount.find(s.text, sign.end()), InvestmentPatterns.projectBuilt(s.text, m.end()), out);
        }
    }

    /** X(宣布)完成N元B轮融资: a company raising money in a round. */
    private static final Pattern RAISES = Pattern.compile("^\\s*(?:近日|日前|已|宣布|正式)*完成(?:了)?[^,，。；;]{0,16}?融资");
    /** …由Y领投, Z跟投: the investors of the round, each named right before its role. */
    private static final Pattern ROUND_ROLE = Pattern.compile("^\\s*(?:等)?(?:联合|共同)?(?:领投|跟投|参投|独家投资)");

    /** X完成N元B轮融资,本轮融资由Y领投,Z跟投: each investor of the round invests in X; the round's sum is theirs together. */
    private void financingRound(SentenceMentions s, RelationCollector out) {
        for (int i = 0; i < s.mentions.size(); i++) {
            Resolved x = s.mentions.get(i);
            if (x.isGroup() || x.entity().type() != EntityType.Company) continue;
            Matcher raised = RAISES.matcher(s.text).region(x.end(), s.text.length());
            if (!raised.lookingAt()) continue;
            List<Resolved> investors = new java.util.ArrayList<>();
            for (Resolved y : s.mentions) {
                if (y.start() < raised.end() || y.isGroup() || y.entity() == x.entity() || y.entity().type().isPlace()) continue;
                if (ROUND_ROLE.matcher(s.text).region(s.runLast(y).end(), s.text.length()).lookingAt()) investors.add(y);
            }
            Amount sum = investors.size() == 1 ? Amount.find(s.text.substring(x.end(), raised.end()), 0) : null;
            for (Resolved y : investors) add(y.entity(), x.entity(), s, 0.75, sum, out);
            return;
        }
    }

    /** X(已)投资(了)Y、W等: the verb's objects, companies, are what X invests in. */
    private static final Pattern INVESTS_OBJECT = Pattern.compile(
            "^\\s*(?:已|已经|先后|相继|陆续|累计|还|也|曾|通过|共|再次|又|将|拟|计划)*(?:战略)?(?:投资|入股|参股|增资|注资)(?:了|引育|培育|引进)?\\s*$");
    private static final Pattern OBJECT_LIST = Pattern.compile("^\\s*[、和及与]\\s*$");

    /** 星岚资本已投资青禾半导体、白鹭微电子等5家企业: X invests in each company the verb names. */
    private void investsInObjects(SentenceMentions s, RelationCollector out) {
        var ms = s.mentions;
        for (int i = 0; i + 1 < ms.size(); i++) {
            Resolved x = ms.get(i);
            if (x.isGroup() || !investorType(x.entity()) || !INVESTS_OBJECT.matcher(s.between(x, ms.get(i + 1))).matches()) continue;
            for (int k = i + 1; k < ms.size(); k++) {
                Resolved y = ms.get(k);
                if (k > i + 1 && !OBJECT_LIST.matcher(s.between(ms.get(k - 1), y)).matches()) break;
                if (y.isGroup() || y.entity().type() != EntityType.Company) break;
                add(x.entity(), y.entity(), s, 0.75, null, out);
            }
        }
    }

    /** X拟出资N亿元(在Z)设立全资子公司Y: the gap between the parent and the company it founds, the place left open. */
    private static final Pattern FOUNDS_SUBSIDIARY = Pattern.compile(
            "^\\s*" + MODAL + "(?:出资|投资|注资)(" + AMOUNT + ")?\\s*[,，]?\\s*(?:(?:在|于)[^,，。；;]{2,24}?)?"
                    + "(?:投资)?(?:设立|成立|组建|注册成立|新设|投资设立)(?:了)?(?:一家)?(?:全资|控股|合资)?(?:子公司|孙公司|公司|项目公司)?[“\"]?\\s*$");

    /** X出资N亿元在Z设立全资子公司Y: the parent invests in the company it founds, and the company is at Z. */
    private void foundsSubsidiary(SentenceMentions s, RelationCollector out) {
        var ms = s.mentions;
        for (int i = 0; i < ms.size(); i++) {
            Resolved x = ms.get(i);
            if (x.isGroup() || x.entity().type() != EntityType.Company) continue;
            int k = i + 1;
            while (k < ms.size() && !ms.get(k).isGroup() && SentenceMentions.host(ms.get(k).entity())) k++;
            if (k >= ms.size() || ms.get(k).isGroup() || ms.get(k).entity().type() != EntityType.Company) continue;
            Resolved y = ms.get(k);
            Matcher m = FOUNDS_SUBSIDIARY.matcher(s.between(x, y));
            if (y.entity() == x.entity() || !m.matches()) continue;
            add(x.entity(), y.entity(), s, 0.8, m.group(1) == null ? null : Amount.find(m.group(1), 0), out);
            if (k > i + 1 && "在于".indexOf(s.text.charAt(ms.get(i + 1).start() - 1)) >= 0) {
                out.add(y.entity(), RelationType.LOCATED_IN, s.runLast(ms.get(i + 1)).entity(), s.view, 0.75);
            }
        }
    }

    /** 在Z举行(某某)项目开工仪式: a project's ceremony held by a company at a place. */
    private static final Pattern CEREMONY = Pattern.compile(
            "^\\s*(?:隆重)?(?:举行|举办)(?:了)?[^,，。；;]{0,12}?项目(?:集中)?(?:正式)?(?:开工|奠基|签约|投产|竣工)");

    /** X在Z举行项目开工仪式,该项目总投资N亿元: the company's project at Z is its investment there. */
    private void projectCeremony(SentenceMentions s, RelationCollector out) {
        for (int i = 1; i < s.mentions.size(); i++) {
            Resolved z = s.mentions.get(i);
            if (z.isGroup() || !SentenceMentions.host(z.entity()) || z.start() < 1 || s.text.charAt(z.start() - 1) != '在') continue;
            Resolved x = s.endingAt(z.start() - 1);
            if (x == null || x.isGroup() || x.entity().type() != EntityType.Company) continue;
            Matcher held = CEREMONY.matcher(s.text).region(s.runLast(z).end(), s.text.length());
            if (!held.lookingAt()) continue;
            Matcher cost = INVESTMENT_AFTER.matcher(s.text).region(held.end(), s.text.length());
            boolean otherInvestor = s.mentions.stream().anyMatch(m -> m.start() >= held.end() && !m.isGroup()
                    && m.entity().type() == EntityType.Company && m.entity() != x.entity());
            Amount amount = cost.lookingAt() && !otherInvestor ? Amount.find(s.text, held.end()) : null;
            add(x.entity(), z.entity(), s, 0.75, amount, out);
        }
    }

    /** Y项目(,)由X投资(N亿元)建设: X invests where the project is. */
    private void builtBy(SentenceMentions s, List<Project> projects, Entity previousHost, Entity locative,
                         RelationCollector out) {
        for (Resolved x : s.mentions) {
            if (x.isGroup() || !investorType(x.entity())) continue;
            if (!BY.matcher(s.text.substring(Math.max(0, x.start() - 40), x.start())).find()) continue;
            Matcher verb = BY_VERB.matcher(s.text).region(x.end(), s.text.length());
            Entity builtAt = builtAt(s, x);
            if (builtAt == null && (!verb.lookingAt() || verb.group().isBlank())) continue;
            Entity host = builtAt != null ? builtAt : hostBefore(s, x.start());
            if (host == null && THIS_PROJECT.matcher(s.text).region(0, x.start()).matches()) {
                host = previousHost;
            }
            if (host == null) host = locative;
            if (host == null) continue;
            Amount amount = builtAt != null || verb.group(1) == null ? null : Amount.find(verb.group(1), 0);
            // Y项目总投资约15亿元,由X建设: the amount is said between the project and 由
            Matcher by = BY.matcher(s.text.substring(Math.max(0, x.start() - 40), x.start()));
            if (amount == null && by.find()) amount = Amount.find(by.group(), 0);
            // 该项目由X投资建设,总投资N亿元: or right after the builder's verb
            if (amount == null && builtAt == null) {
                Matcher total = TOTAL_AFTER.matcher(s.text).region(verb.end(), s.text.length());
                if (total.lookingAt()) amount = Amount.find(total.group(1), 0);
            }
            Project project = projects.stream().filter(p -> p.end() <= x.start()).reduce((a, b) -> b).orElse(null);
            // 总投资N亿元的Y项目落户Z,由X投资建设: the amount and the name are the project's
            if (project != null && amount == null) amount = project.amount();
            // 本次投资的Y项目由X…建设, after …总投资N亿元建设Y项目 in an earlier sentence: the same project
            if (amount == null) amount = statedFor(s.text.substring(s.clauseStart(Math.max(0, x.start() - 1)), x.start()));
            add(x.entity(), host, s, 0.8, amount, project == null ? null : project.name(), out);
        }
    }

    private static final Pattern TOTAL_AFTER = Pattern.compile("^\\s*[,，]\\s*(?:该项目|项目)?(?:计划)?(?:总投资|投资总额)(" + AMOUNT + ")");

    private static final Pattern BUILT_AT = Pattern.compile("^[^,，。；;]{0,8}?(?:分期|分二期|分两期)?(?:投资)?(?:建设|实施|投建|兴建)");

    /** Y项目由X在Z(分二期)建设实施: the host is named after the builder. */
    private static Entity builtAt(SentenceMentions s, Resolved x) {
        Entity found = null;
        for (int j = s.indexOf(x) + 1; j < s.mentions.size(); j++) {
            Resolved z = s.mentions.get(j);
            if (!s.text.substring(x.end(), z.start()).matches("\\s*(?:将|拟|已)?\\s*(?:在|于)[^,，。；;]{0,12}")) break;
            // 在某省某市某开发区建设: the innermost place of the run
            if (!z.isGroup() && SentenceMentions.host(z.entity()) && BUILT_AT.matcher(s.text).region(z.end(), s.text.length()).lookingAt()) {
                found = z.entity();
            }
        }
        return found;
    }

    /** The last park or place before {@code pos}: the host named with the project (not a park that names a project). */
    private static Entity hostBefore(SentenceMentions s, int pos) {
        Entity found = null;
        for (Resolved r : s.mentions) {
            if (r.start() >= pos) break;
            if (!r.isGroup() && SentenceMentions.host(r.entity()) && !s.text.startsWith("项目", r.end())) found = r.entity();
        }
        return found;
    }

    /** X出资N亿元,与W共同设立Y: X (and W) invest in Y. */
    private void jointFund(SentenceMentions s, RelationCollector out) {
        List<Resolved> ms = s.mentions;
        for (int i = 1; i + 1 < ms.size(); i++) {
            Resolved x = ms.get(i - 1), w = ms.get(i);
            if (x.isGroup() || !investorType(x.entity())) continue;
            Matcher stake = STAKE_THEN_PARTNER.matcher(s.between(x, w));
            if (!stake.matches()) continue;
            Matcher found = JOINTLY_FOUND.matcher(s.text).region(w.end(), s.text.length());
            if (!found.lookingAt()) continue;
            int clauseEnd = s.clauseEnd(found.end());
            for (int j = i + 1; j < ms.size(); j++) {
                Resolved y = ms.get(j);
                if (y.start() > clauseEnd) break;
                if (y.isGroup() || y.entity().type().isPlace() || y.entity().type() == EntityType.Park) continue;
                out.add(x.entity(), RelationType.INVESTS_IN, y.entity(), s.view, 0.8, Amount.find(stake.group(1), 0), null,
                        Dates.first(s.text));
                for (Entity partner : w.entities()) {
                    if (investorType(partner)) {
                        out.add(partner, RelationType.INVESTS_IN, y.entity(), s.view, 0.7, null, null, Dates.first(s.text));
                    }
                }
                break;
            }
        }
    }
}
