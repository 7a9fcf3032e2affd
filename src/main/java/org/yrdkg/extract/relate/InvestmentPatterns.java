package org.yrdkg.extract.relate;

import java.util.ArrayList;
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
 * INVESTS_IN: a company's project that lands somewhere (总投资X亿元的Y项目落户Z / 在Z,总投资…的Y项目);
 * parents of a jointly founded company (A与B联合组建C / 双方出资入股成立C); places whose projects are
 * signed somewhere (签约48个上海项目共X亿元 → 上海 INVESTS_IN the signing place).
 */
final class InvestmentPatterns {

    private static final Pattern LANDS = Pattern.compile(
            "^[,，]?[^,，。；;]{0,16}?(?:落户|落地|签约落户|签约|入驻|落户于|开工于|选址|布局|(?:签约|开工|奠基|投产)(?:仪式|活动)(?:在|于))(?:在|于)?\\s*$");
    /** …项目2023年8月在Z开工建设, …项目,将在Z开工建设: the project is built at Z. */
    private static final Pattern BUILT_AT = Pattern.compile("^[,，]?[^,，。；;]{0,16}?(?:在|于)\\s*$");
    private static final Pattern BUILD_VERB = Pattern.compile("^\\s*(?:正式|已|已经|顺利|全面|即将|将)?(?:开工|建设|落地|落户|投产|签约|开建|动工|奠基|竣工|揭牌)");
    private static final Pattern LOCATIVE = Pattern.compile("(?:^|[,，;；])\\s*(?:在|于)\\s*$");
    private static final Pattern FOUND = Pattern.compile(
            "(?:联合|共同|合资|分别)?(?:出资入股|出资|入股|投资|注资)?(?:组建|成立|设立|注册成立|组建成立|发起设立)(?:了|的)?"
                    + "(?:合资公司|新公司|项目公司)?[“\"]?\\s*$");
    private static final Pattern SIGNED_PROJECTS = Pattern.compile(
            "(?:签约|引进|招引|落地|落户)(?:了)?(?:\\d+个|[一二三四五六七八九十百]+个)?\\s*$");

    private final java.util.function.BiPredicate<Entity, Entity> nested;

    private final InvestorPatterns investors;

    InvestmentPatterns(java.util.function.BiPredicate<Entity, Entity> nested) {
        this.nested = nested;
        this.investors = new InvestorPatterns(this::related);
        this.frames = new InvestmentFrames(this::related);
    }

    private final InvestmentFrames frames;

    /** Where the last project of the previous sentence landed: the host of 该项目由X投资建设. */
    private Entity previousHost, host;

    /** 在Z, at the head of a sentence: where the projects of this and the next ;-joined sentences land. */
    Entity locative;

    void find(SentenceMentions s, List<Project> projects, List<Entity> lastPair, Entity previousSubject,
              RelationCollector out) {
        Entity here = locativeOf(s);
        if (here != null) locative = here;
        else if (!s.view.continuesPrevious()) locative = null;
        previousHost = host;
        host = null;
        for (Project p : projects) projectInvestment(s, p, out);
        Entity signing = signingHostOf(s);
        if (signing != null && signingHost == null) signingHost = signing;
        investors.find(s, projects, previousHost, locative, signingHost, out);
        investsAt(s, out);
        founding(s, lastPair, out);
        signedProjects(s, previousSubject, out);
        frames.find(s, previousSubject, out);
    }

    /** The park or place holding the document's signing ceremony: Z(…)2024年度重点项目集中签约仪式. */
    private Entity signingHost;
    private static final Pattern SIGNING_EVENT = Pattern.compile(
            "^(?:\\([^)]{0,20}\\))?[^,，。；;]{0,16}?(?:集中签约|签约仪式|签约活动|项目签约|签约大会)");
    /** 某市举办2024年二季度招商引资项目集中签约仪式: a place holding the ceremony. */
    private static final Pattern HOLDS_SIGNING = Pattern.compile(
            "^\\s*(?:举办|举行|召开)(?:了)?[^,，。；;]{0,20}?(?:集中签约|签约仪式|签约活动|签约大会)");

    private static Entity signingHostOf(SentenceMentions s) {
        for (Resolved r : s.mentions) {
            if (r.isGroup()) continue;
            if (r.entity().type() == EntityType.Park && SIGNING_EVENT.matcher(s.text).region(r.end(), s.text.length()).lookingAt()
                    || SentenceMentions.host(r.entity()) && HOLDS_SIGNING.matcher(s.text).region(r.end(), s.text.length()).lookingAt()) {
                return r.entity();
            }
        }
        return null;
    }

    private Entity locativeOf(SentenceMentions s) {
        for (Resolved r : s.mentions) {
            if (r.isGroup() || !SentenceMentions.host(r.entity())) continue;
            if (LOCATIVE.matcher(s.text.substring(Math.max(0, r.start() - 3), r.start())).find()
                    && r.end() < s.text.length() && ",，".indexOf(s.text.charAt(r.end())) >= 0) {
                return r.entity();
            }
        }
        return null;
    }

    private static final Pattern AT_GAP = Pattern.compile("\\s*(?:将|已|拟|计划|还|也|再|又)?(?:在|于|向)\\s*");

    private static final Pattern INVESTS_VERB = Pattern.compile("^\\s*(?:追加|新增|累计|计划)?(?:投资|投建|增资|出资)");

    /** 某公司在Z投资(X亿元)建设…: the company invests in Z. */
    private static void investsAt(SentenceMentions s, RelationCollector out) {
        for (int i = 1; i < s.mentions.size(); i++) {
            Resolved z = s.mentions.get(i), x = s.mentions.get(i - 1);
            if (z.isGroup() || x.isGroup() || !SentenceMentions.host(z.entity()) || x.entity().type() != EntityType.Company) continue;
            String gap = s.between(x, z);
            if (!AT_GAP.matcher(gap).matches()) continue;
            Matcher m = INVESTS_VERB.matcher(s.text).region(z.end(), s.text.length());
            if (!m.lookingAt()) continue;
            Amount amount = Amount.find(s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 16)), 0);
            if (amount == null) amount = projectTotalAfter(s, m.end());
            out.add(x.entity(), RelationType.INVESTS_IN, z.entity(), s.view, 0.8, amount, projectBuilt(s.text, m.end()),
                    Dates.first(s.text));
        }
    }

    /** …投资(N亿元)建设Y项目: the project the investment builds, named right after the verb. */
    private static final Pattern BUILDS_PROJECT = Pattern.compile(
            "^\\s*(?:[,，]\\s*)?(?:用于|主要用于|重点)?(?:建设|新建|兴建|建造|投建)([^,，。；;、“”的]{2,30}?项目)");

    /** The project named right after {@code from} (…建设Y项目), or null. */
    static String projectBuilt(String text, int from) {
        Matcher project = BUILDS_PROJECT.matcher(text).region(from, text.length());
        return project.lookingAt() ? project.group(1) : null;
    }

    /** …建设Y项目,(项目)总投资N亿元: the cost of the project the clause just named. */
    private static final Pattern PROJECT_THEN_TOTAL = Pattern.compile(
            "^[^。；;,，]{0,30}?项目\\s*[,，]\\s*(?:该项目|项目)?(?:计划)?(?:总投资|投资总额)(?:约|近|超过|超|逾|达|为)?\\s*$");

    private static final Pattern TOTAL_WORD = Pattern.compile("总投资|投资总额");

    private static Amount projectTotalAfter(SentenceMentions s, int from) {
        Matcher total = TOTAL_WORD.matcher(s.text);
        if (!total.find(from)) return null;
        Amount amount = Amount.rightAfter(s.text, total.end(), 3);
        if (amount == null) return null;
        int amountAt = total.end() + amount.start();
        boolean otherMention = s.mentions.stream().anyMatch(r -> r.start() >= from && r.start() < amountAt);
        return !otherMention && PROJECT_THEN_TOTAL.matcher(s.text.substring(from, amountAt)).find() ? amount : null;
    }

    /** X投资N亿元(建设)的Y项目: X, the mention right before, owns the project. */
    private static final Pattern OWNER_INVESTS = Pattern.compile(
            "(?:计划|拟|将|共|累计)?(?:投资|出资)(?:约|近|超过|超|逾|达)?" + InvestorPatterns.AMOUNT
                    + "(?:建设|兴建|投建|打造|新建)?的$");

    private static Resolved investorBefore(SentenceMentions s, Project p) {
        String before = s.text.substring(Math.max(0, p.start() - 28), p.start());
        Matcher m = OWNER_INVESTS.matcher(before);
        if (!m.find()) return null;
        Resolved r = s.endingAt(p.start() - before.length() + m.start());
        return r == null || r.isGroup() || r.entity().type() == EntityType.Region ? null : r;
    }

    private void projectInvestment(SentenceMentions s, Project p, RelationCollector out) {
        Resolved owner = investorBefore(s, p);
        if (owner == null && p.owner() != null) {
            // the owner may share its start with a centre named after it (某某长三角计算中心): take the owner's own span
            for (Resolved r : s.mentions) if (r.start() == p.owner().start() && r.end() == p.owner().end()) owner = r;
            if (owner == null) owner = s.startingAt(p.owner().start());
        }
        Resolved named = s.startingAt(p.start());
        if (named != null && named.entity().type() == EntityType.Company) owner = named; // 浙江某某有限公司…项目
        if (owner == null) return;
        Entity target = null;
        // 项目,落户Z: the landing verb may open the next clause
        int from = p.end() < s.text.length() && ",，".indexOf(s.text.charAt(p.end())) >= 0 ? p.end() + 1 : p.end();
        int clauseEnd = s.clauseEnd(from);
        for (Resolved r : s.mentions) {
            if (r.start() >= p.end() && r.start() <= clauseEnd && r.start() - p.end() <= 30 && !r.isGroup() && SentenceMentions.host(r.entity())
                    && (LANDS.matcher(s.text.substring(p.end(), r.start())).matches()
                    || BUILT_AT.matcher(s.text.substring(p.end(), r.start())).matches()
                    && BUILD_VERB.matcher(s.text).region(s.runLast(r).end(), s.text.length()).lookingAt())) {
                target = s.runLast(r).entity();
                break;
            }
        }
        if (target == null) target = locative != null ? locative : signingHost;
        if (target == null) return;
        host = target;
        String date = Dates.first(s.text.substring(p.start()));
        if (date == null) date = Dates.first(s.text);
        out.add(owner.entity(), RelationType.INVESTS_IN, target, s.view, 0.85, p.amount(), p.name(), date);
        if (!p.keepsParts()) return;
        // 某某计算中心及产业基地项目在Z开工: the centre the project builds is at Z
        for (Resolved part : s.mentions) {
            if (part != owner && part.start() >= p.start() && part.end() <= p.end() && !part.isGroup()
                    && !part.entity().type().isPlace() && part.entity().type() != EntityType.Company) {
                out.add(part.entity(), RelationType.LOCATED_IN, target, s.view, 0.8);
            }
        }
    }

    private static final Pattern FOUNDED_BY = Pattern.compile(
            "^\\s*由(.{2,40}?)(?:联合|共同|合资|分别)?(?:出资|投资|发起)(?:设立|成立|组建|发起)?");

    private static void founding(SentenceMentions s, List<Entity> lastPair, RelationCollector out) {
        // Y由A和B(联合)出资设立: A and B invest in the fund or company Y
        for (Resolved y : s.mentions) {
            if (y.isGroup() || y.entity().type().isPlace() || y.entity().type() == EntityType.Organization) continue;
            Matcher m = FOUNDED_BY.matcher(s.text).region(y.end(), s.text.length());
            if (!m.lookingAt()) continue;
            int from = m.start(1), to = m.end(1);
            for (Resolved r : s.mentions) {
                if (r.start() >= from && r.end() <= to) {
                    for (Entity parent : r.entities()) {
                        if (parent.type() != EntityType.Region) {
                            out.add(parent, RelationType.INVESTS_IN, y.entity(), s.view, 0.75, Amount.find(s.text, y.end()), null, Dates.first(s.text));
                        }
                    }
                }
            }
        }
        for (Resolved company : s.mentions) {
            boolean fund = isFund(company.entity());
            if (company.entity().type() != EntityType.Company && !fund) continue;
            int clauseStart = Math.max(s.clauseStart(company.start()), company.start() - 40);
            String before = s.text.substring(clauseStart, company.start());
            Matcher m = FOUND.matcher(before);
            if (!m.find() || m.group().isBlank()) continue;
            List<Entity> parents = new ArrayList<>();
            for (Resolved r : s.mentions) {
                // 上海某区在某州成立某公司: 某州 is where the company is, not who founds it
                if (r.start() >= clauseStart && r.end() <= clauseStart + m.start() && r.entity() != company.entity()
                        && !atPlace(s, r)) {
                    parents.addAll(r.entities());
                }
            }
            if (parents.isEmpty() && clauseStart > 0 && LEAD_IN.matcher(before.substring(0, m.start())).matches()) {
                // 甲集团与乙市多个城市,共同设立某基金: the founder is the subject of the clause before
                Resolved subject = s.subjectBefore(clauseStart);
                if (subject != null && subject.start() < clauseStart && !atPlace(s, subject)) parents.addAll(subject.entities());
            }
            String lead = before.substring(0, m.start());
            List<Entity> stakes = stakeholdersAfter(s, company);
            if (!stakes.isEmpty() && (parents.isEmpty() || lead.contains("双方") || lead.contains("两地"))) {
                parents.clear();
                parents.addAll(stakes);
            }
            if (parents.isEmpty() && (lead.contains("双方") || lead.contains("两地"))) parents.addAll(lastPair);
            boolean money = fund || m.group().contains("资") || m.group().contains("股") || m.group().contains("联合")
                    || m.group().contains("共同");
            if (parents.size() < 2 && !money) continue;
            for (Entity parent : parents) {
                if (parent.type() != EntityType.Region) {
                    out.add(parent, RelationType.INVESTS_IN, company.entity(), s.view, 0.75, null, null, Dates.first(s.text));
                }
            }
        }
    }

    private static final Pattern LEAD_IN = Pattern.compile("\\s*(?:也|还|又|再|并|则|随后|同时|已|先后)?\\s*");

    /** A fund is money by its very name: whoever sets one up invests in it. */
    private static boolean isFund(Entity e) {
        return (e.type() == EntityType.Platform || e.type() == EntityType.Company) && e.name().endsWith("基金");
    }

    /** A mention right after 在/于: the place where something happens, not a party to it. */
    static boolean atPlace(SentenceMentions s, Resolved r) {
        String before = s.text.substring(Math.max(0, r.start() - 2), r.start());
        return before.endsWith("在") || before.endsWith("于");
    }

    /** …成立C,其中A出资占股51%,B(下属平台公司)出资占股49%: the shareholders the sentence names. */
    private static final Pattern STAKE = Pattern.compile("^[^,，。；;]{0,8}?(?:出资占股|出资|持股|占股|认缴)");

    private static List<Entity> stakeholdersAfter(SentenceMentions s, Resolved company) {
        List<Entity> out = new ArrayList<>();
        for (Resolved r : s.mentions) {
            if (r.start() <= company.end() || r.entity() == company.entity()) continue;
            if (STAKE.matcher(s.text).region(r.end(), s.text.length()).lookingAt()) {
                for (Entity e : r.entities()) if (!out.contains(e)) out.add(e);
            }
        }
        return out;
    }

    private void signedProjects(SentenceMentions s, Entity previousSubject, RelationCollector out) {
        int at = s.text.indexOf("项目");
        while (at >= 0) {
            List<Resolved> sources = new ArrayList<>();
            int k = at;
            Resolved r;
            // 沪上项目, 皖内项目: a province's abbreviation with a locative is the province's own
            Resolved own = at > 1 && "上内".indexOf(s.text.charAt(at - 1)) >= 0 ? s.endingAt(at - 1) : null;
            if (own != null && own.end() - own.start() == 1 && !own.isGroup() && own.entity().type() == EntityType.Province) {
                sources.add(own);
                k = own.start();
            }
            while ((r = s.endingAt(k)) != null || k > 0 && s.text.charAt(k - 1) == '、' && (r = s.endingAt(k - 1)) != null) {
                if (!r.entity().type().isPlace()) break;
                sources.add(0, r);
                k = r.start();
            }
            if (k > 2 && s.text.startsWith("地区", k - 2) && sources.isEmpty()) {
                k -= 2;
                while ((r = s.endingAt(k)) != null && r.entity().type().isPlace()) {
                    sources.add(0, r);
                    k = r.start();
                }
            }
            if (!sources.isEmpty() && SIGNED_PROJECTS.matcher(s.text.substring(Math.max(0, k - 10), k)).find()) {
                Entity target = hostBefore(s, k);
                if (target == null) target = locative != null ? locative : previousSubject;
                int reach = Math.min(s.text.length(), at + 24);
                List<Entity> investors = SentenceMentions.entities(sources);
                // 引进沪苏浙项目20个,计划总投资N亿元: the total is the group's, no member's
                Amount amount = investors.size() == 1 ? Amount.find(s.text.substring(0, reach), at) : null;
                for (Entity src : investors) {
                    if (target != null && !related(src, target)) {
                        out.add(src, RelationType.INVESTS_IN, target, s.view, 0.7, amount, null, Dates.first(s.text));
                    }
                }
            }
            at = s.text.indexOf("项目", at + 2);
        }
    }

    /** The nearest place or park before {@code pos} that opens a clause: the one signing. */
    private static Entity hostBefore(SentenceMentions s, int pos) {
        Entity found = null;
        for (Resolved r : s.mentions) {
            if (r.start() >= pos) break;
            if (!r.isGroup() && SentenceMentions.host(r.entity()) && s.clauseStart(r.start()) >= r.start() - 5) found = r.entity();
        }
        return found;
    }

    /** A place does not invest in itself or in a place it contains or lies in (上海 → 闵行区). */
    private boolean related(Entity a, Entity b) {
        return a == b || nested.test(a, b) || nested.test(b, a);
    }
}
