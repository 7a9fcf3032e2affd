package org.yrdkg.extract.relate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;

/**
 * INVESTS_IN frames read from the clause around an investment verb, where the investor is the clause's
 * subject (possibly the subject of the sentence before) and the other argument sits at a fixed slot:
 * <ul>
 * <li>X(以自有资金)向Y增资/注资/出资: X puts money into Y (a company, fund or place);</li>
 * <li>X与Z(管委会/人民政府)签署…投资(合作)协议: X invests where Z governs;</li>
 * <li>P通过投资引育/引入Y、W等, Y是P…通过投资引入的…: the place P invests in the companies;</li>
 * <li>X…落户/入驻Z in a sentence that also says 投资/增资/注资: X invests in Z;</li>
 * <li>位于Z的X…工厂/项目开工, X位于Z的…项目在W开工,总投资N: the company invests where its plant is built;</li>
 * <li>X(以N元)收购/并购/受让Y(N%股权): buying a company, or a stake in it, puts money into it.</li>
 * </ul>
 * Each frame takes one investor; a group subject (沪苏浙) never gets a frame's amount.
 */
final class InvestmentFrames {

    private static final String WORDS = "[^,，。；;:：]";
    private static final Pattern TOWARDS = Pattern.compile("向\\s*$");
    private static final Pattern STAKE_VERB = Pattern.compile("^\\s*(?:进行|追加|新增|再次)?(?:增资|注资|出资|投资)(?!协议|合作|意向)");
    /** The amount of a stake, said after its verb in the same sentence: 增资金额为人民币4.98亿元. */
    private static final int AMOUNT_REACH = 40;
    private static final Pattern AGREEMENT = Pattern.compile(
            "^(?:管理委员会|管委会|人民政府|政府)?(?:\\([^)]{0,20}\\))?\\s*(?:正式|成功|现场)?(?:签署|签订|签约)(?:了)?"
                    + "[^。；;，,]{0,40}?投资(?:合作)?(?:协议|合同)");
    /** 与Z, 与中国某省Z: the partner slot before the host. */
    private static final Pattern PARTY = Pattern.compile("(?:与|和|同)\\s*(?:中国)?(?:[\\u4e00-\\u9fa5]{2,7}(?:省|自治区|市))?\\s*$");
    /** …它在Z投资的二期项目: an investment at Z by the clause's subject. */
    private static final Pattern INVESTED_AT = Pattern.compile("^\\s*(?:投资|投建|新建|投资建设)的" + WORDS + "{0,20}?项目");
    private static final Pattern BACKS = Pattern.compile(
            "^\\s*(?:最早|率先|先后|陆续)?(?:通过|以)(?:股权|产业|国有资本)?投资(?:引育|引入|引进|培育|招引|带动|落地|入股)(?:了)?");
    private static final Pattern SETTLES = Pattern.compile("^" + WORDS + "{0,12}?(?:落户|入驻|扎根|落地)(?:在|于|到)?\\s*$");
    private static final Pattern MONEY_WORD = Pattern.compile("投资|增资|注资|出资|斥资|投建");
    private static final Pattern SITED = Pattern.compile("位于\\s*$");
    private static final Pattern PLANT = Pattern.compile(
            "^(?:[^,，。；;的]{0,24}?)(?:项目|工厂|基地|生产线|产业园)[^,，。；;]{0,16}?(?:正式)?(?:开工|投产|动工|奠基|竣工|落成|签约)");
    private static final Pattern OWN_PROJECT_AT = Pattern.compile(
            "^\\s*位于" + WORDS + "{1,16}?的" + WORDS + "{1,30}?(?:项目|工厂|基地)" + WORDS + "{0,12}?(?:在|于)\\s*$");
    private static final Pattern STARTS = Pattern.compile("^\\s*(?:正式|顺利|全面)?(?:开工|投产|动工|奠基|开建|落地)");
    private static final Pattern TOTAL = Pattern.compile("(?:总投资|投资总额|计划投资|预计投资|预估投资)(?:额)?(?:为|约为)?");

    private final java.util.function.BiPredicate<Entity, Entity> related;

    InvestmentFrames(java.util.function.BiPredicate<Entity, Entity> related) {
        this.related = related;
    }

    void find(SentenceMentions s, Entity previousSubject, RelationCollector out) {
        stakeInto(s, previousSubject, out);
        agreement(s, previousSubject, out);
        placeBacks(s, out);
        settles(s, out);
        plantAt(s, out);
        listSettles(s, out);
        investedAt(s, out);
        acquires(s, previousSubject, out);
        projectLands(s, out);
    }

    /** X(的)…项目(正式)落户Z: the company's project lands at Z. */
    private static final Pattern PROJECT_LANDS = Pattern.compile(
            "^(?:的)?[^,，。；;、“”]{0,20}?项目\\s*(?:正式|成功|顺利)?(?:签约落户|签约落地|落户|落地|入驻|选址)(?:在|于|到)?\\s*$");
    /** …落户Z,(项目)总投资N亿元: the cost said right after the host */
    private static final Pattern TOTAL_NEXT = Pattern.compile(
            "^\\s*[,，]\\s*(?:该项目|项目)?(?:计划|预计)?(?:总投资|投资总额)(?:额)?(?:约|近|超过|超|逾|达|为|高达)?\\s*");

    private static final Pattern COST_BEFORE_PROJECT = Pattern.compile(
            "^(?:约|近|超过|超|逾)?[\\d.]+\\s*(?:多|余)?(?:万亿|亿|千万|百万|万)?" + Amount.CURRENCY + "(?:的)?[^,，。；;、“”\\d]{0,12}?项目");

    private void projectLands(SentenceMentions s, RelationCollector out) {
        for (int i = 0; i + 1 < s.mentions.size(); i++) {
            Resolved x = s.mentions.get(i), z = s.mentions.get(i + 1);
            if (x.isGroup() || z.isGroup() || x.entity().type() != EntityType.Company || !SentenceMentions.host(z.entity())) {
                continue;
            }
            if (!PROJECT_LANDS.matcher(s.between(x, z)).matches()) continue;
            z = s.runLast(z);
            if (!SentenceMentions.host(z.entity())) continue;
            Matcher total = TOTAL_NEXT.matcher(s.text).region(z.end(), s.text.length());
            // X50亿元项目落户Z, the headline's way: the cost right after the company, before its 项目
            Matcher before = COST_BEFORE_PROJECT.matcher(s.between(x, z));
            Amount amount = total.lookingAt() ? Amount.rightAfter(s.text, total.end(), 0)
                    : before.lookingAt() ? Amount.rightAfter(s.text, x.end(), 0) : null;
            add(x.entity(), z.entity(), s, 0.75, amount, out);
        }
    }

    /** 收购, 并购, 受让 right before the company bought; 拟以现金方式 and 以N元 may sit between the buyer and the verb. */
    private static final Pattern BUYS = Pattern.compile("(?:收购|并购|受让|购买|购入|买下)(?:了)?\\s*$");
    /** the price, said after the stake: 交易对价为N元, 作价N元, 转让价格为N元, 收购价格为N元 */
    private static final Pattern OWN_SPEAKER = Pattern.compile("[^,，。；;]{2,}?(?:发布|披露)?(?:公告|消息)?(?:称|宣布|表示|透露)");
    private static final Pattern PRICE = Pattern.compile("^[^。；;]{0,16}?(?:对价|作价|价格|价款|总价|金额)(?:为|约为|共计)?");

    /** …Y(的)控股股东 after 成为 in the same clause: X holds a stake in Y. */
    private static final Pattern SHAREHOLDER = Pattern.compile("^(?:的)?(?:控股|第一大|第二大|主要|重要|战略)?股东");
    private static final Pattern BOUGHT_ENDS = Pattern.compile("(?:的|[,，。；;、和与及(（%]|\\d|股|控股|全部|部分|$)");
    private static final Pattern BECOMES = Pattern.compile("成为(?:了)?");

    /** X拟以N元收购Y的51%股权, X收购Y,交易对价为N元, X成为Y控股股东: the buyer invests in the company it buys. */
    private void acquires(SentenceMentions s, Entity previousSubject, RelationCollector out) {
        for (Resolved y : s.mentions) {
            if (y.isGroup() || y.entity().type() != EntityType.Company) continue;
            String before = s.text.substring(s.clauseStart(y.start()), y.start());
            Matcher verb = BUYS.matcher(before);
            boolean buys = verb.find();
            // X通过收购成为了Y控股股东: owning a stake is having put money in
            boolean holds = !buys && BECOMES.matcher(before).find()
                    && SHAREHOLDER.matcher(s.text).region(y.end(), s.text.length()).lookingAt();
            // 购入正泰新能: a known short name that runs on into an unknown one is not what was bought
            if (!buys && !holds || !BOUGHT_ENDS.matcher(s.text).region(y.end(), s.text.length()).lookingAt()) continue;
            // 购入Y的X: the buyer is what the relative clause describes
            Resolved described = s.text.startsWith("的", y.end()) ? s.startingAt(y.end() + 1) : null;
            Entity buyer = described != null && !described.isGroup() ? described.entity() : investorBefore(s, y, previousSubject);
            if (buyer == null || buyer.type() != EntityType.Company || buyer.equals(y.entity())) continue;
            Amount price = buys ? price(s, s.clauseStart(y.start()) + verb.start(), y.end()) : null;
            add(buyer, y.entity(), s, 0.75, price, out);
        }
    }

    /** 以8亿元收购 gives the price before the verb; …股权,交易对价为8亿元 after the company, in the same sentence. */
    private static Amount price(SentenceMentions s, int verbStart, int companyEnd) {
        int by = s.text.lastIndexOf('以', verbStart);
        Amount before = by >= 0 && verbStart - by <= 16 ? Amount.find(s.text.substring(by, verbStart), 0) : null;
        if (before != null) return before;
        Matcher price = PRICE.matcher(s.text).region(companyEnd, s.text.length());
        return price.lookingAt() ? amountAfter(s, price.end()) : null;
    }

    /** X开启了它在Z投资的二期项目: the company of the clause invests in Z. */
    private void investedAt(SentenceMentions s, RelationCollector out) {
        for (Resolved z : s.mentions) {
            if (z.isGroup() || !SentenceMentions.host(z.entity()) || !InvestmentPatterns.atPlace(s, z)) continue;
            if (!INVESTED_AT.matcher(s.text).region(z.end(), s.text.length()).lookingAt()) continue;
            Resolved investor = null;
            for (Resolved r : s.mentions) {
                if (r.start() >= z.start()) break;
                if (r.start() >= s.clauseStart(z.start()) && !r.isGroup() && r.entity().type() == EntityType.Company) investor = r;
            }
            if (investor != null) add(investor.entity(), z.entity(), s, 0.75, null, out);
        }
    }

    /** 甲科技、乙电子等(3家)企业签约落地Z: each company of the list invests in Z (the group states no amount). */
    private static final Pattern LIST_SETTLES = Pattern.compile(
            "等(?:\\d+|[一二三四五六七八九十]+)?[家个]?(?:企业|公司|项目)" + WORDS + "{0,4}?(?:签约落地|签约落户|签约入驻|落户|落地|入驻)(?:在|于|到)?\\s*$");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[、和及]\\s*");

    private void listSettles(SentenceMentions s, RelationCollector out) {
        for (Resolved z : s.mentions) {
            if (z.isGroup() || !SentenceMentions.host(z.entity())) continue;
            Matcher m = LIST_SETTLES.matcher(s.text.substring(Math.max(0, z.start() - 24), z.start()));
            if (!m.find()) continue;
            int at = z.start() - (m.end() - m.start());
            Resolved member = s.endingAt(at);
            while (member != null && member.entity().type() == EntityType.Company) {
                add(member.entity(), z.entity(), s, 0.65, null, out);
                int i = s.indexOf(member);
                Resolved before = i > 0 ? s.mentions.get(i - 1) : null;
                member = before != null && LIST_GAP.matcher(s.between(before, member)).matches() ? before : null;
            }
        }
    }

    /** X(以自有资金)向Y(进行)增资: X invests in Y, with the amount the sentence gives after the verb. */
    private void stakeInto(SentenceMentions s, Entity previousSubject, RelationCollector out) {
        for (Resolved y : s.mentions) {
            if (y.isGroup() || y.entity().type() == EntityType.Region) continue;
            if (!TOWARDS.matcher(s.text.substring(Math.max(0, y.start() - 3), y.start())).find()) continue;
            Matcher verb = STAKE_VERB.matcher(s.text).region(y.end(), s.text.length());
            if (!verb.lookingAt()) continue;
            Entity investor = investorBefore(s, y, previousSubject);
            if (investor == null) continue;
            add(investor, y.entity(), s, 0.8, amountAfter(s, verb.end()), out);
        }
    }

    /** X与Z(管委会)签署了有关…项目的投资协议: X, the party that is not the host, invests in Z. */
    private void agreement(SentenceMentions s, Entity previousSubject, RelationCollector out) {
        for (Resolved z : s.mentions) {
            if (z.isGroup() || !hostLike(z.entity())) continue;
            if (!AGREEMENT.matcher(s.text).region(z.end(), s.text.length()).lookingAt()) continue;
            if (!PARTY.matcher(s.text.substring(Math.max(0, z.start() - 14), z.start())).find()) continue;
            Entity investor = investorBefore(s, z, previousSubject);
            if (investor == null || hostLike(investor)) continue;
            add(investor, z.entity(), s, 0.75, null, out);
        }
    }

    /** P通过投资引育Y、W等企业 / Y是P最早通过投资引入的企业: the place backs the companies with capital. */
    private void placeBacks(SentenceMentions s, RelationCollector out) {
        for (Resolved p : s.mentions) {
            if (p.isGroup() || !p.entity().type().isPlace() || p.entity().type() == EntityType.Region) continue;
            Matcher m = BACKS.matcher(s.text).region(p.end(), s.text.length());
            if (!m.lookingAt()) continue;
            int clauseEnd = s.clauseEnd(m.end());
            boolean any = false;
            for (Resolved c : s.mentions) {
                if (c.start() >= m.end() && c.start() <= clauseEnd && c.entity().type() == EntityType.Company) {
                    add(p.entity(), c.entity(), s, 0.75, null, out);
                    any = true;
                }
            }
            if (any) continue;
            Resolved subject = s.subjectBefore(p.start());
            if (subject != null && subject != p && subject.entity().type() == EntityType.Company
                    && s.between(subject, p).matches("\\s*(?:是|为|系)\\s*")) {
                add(p.entity(), subject.entity(), s, 0.75, null, out);
            }
        }
    }

    /** X(已有16个工厂)落户Z, …先后增资33次: a company settles, and the sentence says money went in. */
    private void settles(SentenceMentions s, RelationCollector out) {
        if (!MONEY_WORD.matcher(s.text).find()) return;
        for (int i = 1; i < s.mentions.size(); i++) {
            Resolved x = s.mentions.get(i - 1), z = s.mentions.get(i);
            if (x.isGroup() || z.isGroup() || x.entity().type() != EntityType.Company || !SentenceMentions.host(z.entity())) {
                continue;
            }
            if (SETTLES.matcher(s.between(x, z)).matches()) add(x.entity(), z.entity(), s, 0.7, null, out);
        }
    }

    /**
     * 位于Z的X高端制造工厂开工建设: X invests in Z. X位于Z的…项目在W正式开工,总投资N亿元: X invests in W
     * (and in Z), the amount being the project's.
     */
    private void plantAt(SentenceMentions s, RelationCollector out) {
        for (int i = 0; i + 1 < s.mentions.size(); i++) {
            Resolved z = s.mentions.get(i), x = s.mentions.get(i + 1);
            if (z.isGroup() || x.isGroup() || !SentenceMentions.host(z.entity()) || x.entity().type() != EntityType.Company) {
                continue;
            }
            if (!SITED.matcher(s.text.substring(Math.max(0, z.start() - 3), z.start())).find()
                    || !s.between(z, x).equals("的")) continue;
            if (PLANT.matcher(s.text).region(x.end(), s.text.length()).lookingAt()) {
                add(x.entity(), z.entity(), s, 0.75, null, out);
            }
        }
        for (int i = 0; i + 1 < s.mentions.size(); i++) {
            Resolved x = s.mentions.get(i);
            if (x.isGroup() || x.entity().type() != EntityType.Company) continue;
            for (int j = i + 1; j < s.mentions.size(); j++) {
                Resolved w = s.mentions.get(j);
                if (w.isGroup() || !SentenceMentions.host(w.entity())) continue;
                if (!OWN_PROJECT_AT.matcher(s.between(x, w)).matches()) continue;
                Matcher start = STARTS.matcher(s.text).region(w.end(), s.text.length());
                if (!start.lookingAt()) continue;
                Matcher total = TOTAL.matcher(s.text).region(start.end(), s.text.length());
                Amount amount = total.find() && total.start() - start.end() <= 12 ? amountAfter(s, total.start()) : null;
                add(x.entity(), w.entity(), s, 0.75, amount, out);
                break;
            }
        }
    }

    /** The first amount within reach after {@code from}, in the same sentence. */
    private static Amount amountAfter(SentenceMentions s, int from) {
        String reach = s.text.substring(from, Math.min(s.text.length(), from + AMOUNT_REACH));
        return Amount.find(reach, 0);
    }

    /**
     * The one who acts on {@code target}: the subject of the clause before it (the last mention that opens
     * a clause), else the sentence's first mention, else the subject of the sentence before.
     */
    private static Entity investorBefore(SentenceMentions s, Resolved target, Entity previousSubject) {
        Resolved subject = null;
        for (Resolved r : s.mentions) {
            if (r.start() >= target.start()) break;
            if (!r.isGroup() && r.entity().type() != EntityType.Region && !InvestmentPatterns.atPlace(s, r)) subject = subject == null ? r : subject;
        }
        if (subject != null) return subject.entity();
        // 某某发布公告称,拟向Y增资: the sentence has a speaker of its own, unrecognised; the last one is not it
        if (OWN_SPEAKER.matcher(s.text.substring(0, target.start())).find()) return null;
        return previousSubject != null && previousSubject.type() != EntityType.Region ? previousSubject : null;
    }

    /** A host: a place, a park, or the body that governs one (某开发区管理委员会, 某市人民政府). */
    private static boolean hostLike(Entity e) {
        return SentenceMentions.host(e)
                || e.type() == EntityType.Organization && e.name().matches(".*(?:管理委员会|管委会|人民政府)$");
    }

    private void add(Entity investor, Entity host, SentenceMentions s, double confidence, Amount amount, RelationCollector out) {
        InvestorPatterns.invest(related, investor, host, s.view, confidence, amount, null, out);
    }
}
