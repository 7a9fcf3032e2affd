package org.yrdkg.extract.relate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;
import org.yrdkg.extract.text.SentenceView;

/**
 * INVESTS_IN as listed companies and their reporters write it, across sentences:
 * <ul>
 * <li>a wholly owned or controlled subsidiary (甲公司全资子公司乙, 公司全资子公司乙 in the company's own
 * announcement): what the subsidiary puts into a place or park, its parent puts there too;</li>
 * <li>甲公司发布关于(全资子公司乙)对外投资的公告。公告称,拟在Z投资…项目,…总投资约N: the clause has no
 * subject; the investor is the one the announcement is about;</li>
 * <li>…乙实验室。这家(2018年)某省投资N建设的实验室…: the place invests in what 这家 points back to.</li>
 * </ul>
 */
final class CompanyFrames {

    private static final String WORDS = "[^,，。；;:：]";
    /** 甲(的)全资子公司乙 / 甲旗下控股子公司乙: 乙's parent is 甲. */
    private static final Pattern SUBSIDIARY = Pattern.compile("^\\s*(?:的|旗下)?(?:全资|控股)(?:子公司|孙公司)\\s*$");
    /** 公司全资子公司乙 in an announcement: 公司 is the company that announces. */
    private static final Pattern OWN_SUBSIDIARY = Pattern.compile("公司(?:的|旗下)?(?:全资|控股)(?:子公司|孙公司)\\s*$");
    private static final Pattern ANNOUNCES = Pattern.compile("^" + WORDS + "{0,8}?(?:发布|披露|发出)(?:了)?" + "[^。；;]{0,60}?公告");
    /** 关于(全资子公司)乙对外投资的公告: the announcement's subject. */
    private static final Pattern ABOUT = Pattern.compile("关于\\s*(?:(?:全资|控股)?(?:子公司|孙公司))?\\s*$");
    private static final Pattern ABOUT_INVESTING = Pattern.compile("^" + WORDS + "{0,12}?(?:对外)?投资");
    private static final Pattern REPORTS = Pattern.compile("^[\\s\\d年月日]*(?:公告|公告中|该公告|公司公告)(?:称|显示|指出|表示)[,，:：]?");
    /** 拟在Z(双盘涂)投资: an investment at Z with no subject of its own. */
    private static final Pattern AT_THEN_INVESTS = Pattern.compile("^[^,，。；;的]{0,4}?(?:投资|投建|建设|新建)");
    private static final Pattern SUBJECTLESS_AT = Pattern.compile("(?:^|[,，])\\s*(?:拟|将|计划|预计)?\\s*(?:在|于)\\s*$");
    private static final Pattern TOTAL = Pattern.compile("(?:规模)?(?:总投资|投资总额|计划投资|预计投资)(?:额)?(?:约为|约|为|达|超过|近)?");
    /** 这家(2018年)甲省投资N建设的: a place that paid for what 这家 points back to. */
    private static final Pattern THIS_ONE = Pattern.compile("(?:这家|该|这个|这座|这所)[\\s\\d年月]*$");
    private static final Pattern PAID_FOR = Pattern.compile(
            "^\\s*(?:投资|出资|斥资)(" + InvestorPatterns.AMOUNT + ")\\s*(?:建设|建成|设立|打造|兴建)?的");

    private final Map<Entity, Entity> parents = new LinkedHashMap<>();
    private final Map<Integer, SentenceView> views = new LinkedHashMap<>();
    private final java.util.function.BiPredicate<Entity, Entity> related;
    /** The company whose announcement the document reports, and who the announcement is about. */
    private Entity announcer, announced;
    /** The last organisation, company, park or platform named in the previous sentence, if it named one. */
    private Entity lastThing;

    CompanyFrames(java.util.function.BiPredicate<Entity, Entity> related) {
        this.related = related;
    }

    void find(SentenceMentions s, RelationCollector out) {
        views.put(s.view.index(), s.view);
        announcement(s);
        subsidiaries(s);
        reported(s, out);
        thisOne(s, out);
        lastThing = null;
        for (Resolved r : s.mentions) if (!r.isGroup() && !r.entity().type().isPlace()) lastThing = r.entity();
    }

    private void announcement(SentenceMentions s) {
        for (Resolved r : s.mentions) {
            if (r.isGroup() || r.entity().type() != EntityType.Company) continue;
            Matcher m = ANNOUNCES.matcher(s.text).region(r.end(), s.text.length());
            if (!m.lookingAt()) continue;
            announcer = r.entity();
            announced = announcer;
            for (Resolved x : s.mentions) {
                if (x.start() <= r.end() || x.end() > m.end() || x.isGroup() || x.entity().type() != EntityType.Company) continue;
                Matcher about = ABOUT.matcher(s.text.substring(Math.max(0, x.start() - 12), x.start()));
                if (about.find() && ABOUT_INVESTING.matcher(s.text).region(x.end(), s.text.length()).lookingAt()) {
                    announced = x.entity();
                    if (about.group().contains("公司")) parents.putIfAbsent(x.entity(), announcer);
                }
            }
            return;
        }
    }

    private void subsidiaries(SentenceMentions s) {
        for (int i = 0; i < s.mentions.size(); i++) {
            Resolved y = s.mentions.get(i);
            if (y.isGroup() || y.entity().type() != EntityType.Company) continue;
            String before = s.text.substring(Math.max(0, y.start() - 12), y.start());
            Resolved x = i > 0 ? s.mentions.get(i - 1) : null;
            if (x != null && !x.isGroup() && x.entity().type() == EntityType.Company && SUBSIDIARY.matcher(s.between(x, y)).matches()) {
                parents.putIfAbsent(y.entity(), x.entity());
            } else if (announcer != null && announcer != y.entity() && OWN_SUBSIDIARY.matcher(before).find()) {
                parents.putIfAbsent(y.entity(), announcer);
            }
        }
    }

    /** 公告称,拟与乙(以下简称…)签订《…合作协议》: the announced company signs with 乙. */
    private static final Pattern SUBJECTLESS_WITH = Pattern.compile("(?:^|[,，:：])\\s*(?:拟|将|已|计划)?\\s*(?:与|和|同)\\s*$");
    private static final Pattern SIGNS = Pattern.compile("^(?:\\([^)]{0,40}\\))?\\s*(?:正式|拟|将)?(?:签订|签署)[^。；;]{0,40}?(?:协议|合同|备忘录)");

    /** 公告称,拟在Z投资…项目,预计总投资约为N: the announced company invests in Z. */
    private void reported(SentenceMentions s, RelationCollector out) {
        if (announced == null || !REPORTS.matcher(s.text).lookingAt()) return;
        for (Resolved x : s.mentions) {
            if (x.isGroup() || x.entity() == announced || x.entity().type() == EntityType.Region) continue;
            if (SUBJECTLESS_WITH.matcher(s.text.substring(Math.max(0, x.start() - 4), x.start())).find()
                    && SIGNS.matcher(s.text).region(x.end(), s.text.length()).lookingAt()) {
                out.add(announced, RelationType.COOPERATES_WITH, x.entity(), s.view, 0.75);
            }
        }
        for (Resolved z : s.mentions) {
            if (z.isGroup() || !SentenceMentions.host(z.entity())) continue;
            // 在某省某市某县: the innermost place of the run is the host
            Resolved next = s.indexOf(z) + 1 < s.mentions.size() ? s.mentions.get(s.indexOf(z) + 1) : null;
            if (next != null && next.start() == z.end() && SentenceMentions.host(next.entity())) continue;
            int runStart = s.runStart(z);
            if (!SUBJECTLESS_AT.matcher(s.text.substring(Math.max(0, runStart - 4), runStart)).find()) continue;
            if (!AT_THEN_INVESTS.matcher(s.text).region(z.end(), s.text.length()).lookingAt()) continue;
            Matcher total = TOTAL.matcher(s.text);
            Amount amount = total.find(z.end()) ? Amount.find(s.text.substring(total.end(), Math.min(s.text.length(), total.end() + 16)), 0) : null;
            add(announced, z.entity(), s.view, 0.75, amount, out);
        }
    }

    /** …乙实验室…。这家2018年甲省投资N建设的实验室: 甲省 invests in 乙实验室. */
    private void thisOne(SentenceMentions s, RelationCollector out) {
        for (Resolved p : s.mentions) {
            if (p.isGroup() || !p.entity().type().isPlace() && p.entity().type() != EntityType.Company) continue;
            Matcher paid = PAID_FOR.matcher(s.text).region(p.end(), s.text.length());
            if (!paid.lookingAt() || !THIS_ONE.matcher(s.text.substring(Math.max(0, p.start() - 10), p.start())).find()) continue;
            Entity referent = null;
            for (Resolved r : s.mentions) {
                if (r.start() >= p.start()) break;
                if (!r.isGroup() && !r.entity().type().isPlace()) referent = r.entity();
            }
            if (referent == null) referent = s.mentions.indexOf(p) == 0 || referentFree(s, p) ? lastThing : null;
            if (referent == null || referent == p.entity()) continue;
            add(p.entity(), referent, s.view, 0.7, Amount.find(paid.group(1), 0), out);
        }
    }

    private static boolean referentFree(SentenceMentions s, Resolved p) {
        for (Resolved r : s.mentions) if (r.start() < p.start() && !r.entity().type().isPlace()) return false;
        return true;
    }

    /** A subsidiary's investments in places and parks are its parent's too: the annotators and the reader count both. */
    void finish(RelationCollector out, Map<String, Entity> byId) {
        if (parents.isEmpty()) return;
        for (ExtractedRelation r : out.relations()) {
            Entity child = byId.get(r.sourceId()), target = byId.get(r.targetId());
            if (r.type() != RelationType.INVESTS_IN || child == null || target == null || !SentenceMentions.host(target)
                    || r.origin() != ExtractedRelation.Origin.TEXT) continue;
            Amount amount = r.amount() == null ? null : new Amount(r.amount(), r.currency(), r.amountQualifier(), 0, 0);
            Entity parent = parents.get(child);
            for (int hops = 0; parent != null && hops < 3; hops++) {
                out.add(parent, RelationType.INVESTS_IN, target, views.get(r.sentence()), r.confidence() * 0.9, amount,
                        r.project(), r.date());
                parent = parents.get(parent);
            }
        }
    }

    private void add(Entity investor, Entity host, SentenceView v, double confidence, Amount amount, RelationCollector out) {
        InvestorPatterns.invest(related, investor, host, v, confidence, amount, null, out);
    }
}
