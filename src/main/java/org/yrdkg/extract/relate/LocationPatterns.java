package org.yrdkg.extract.relate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;

/**
 * LOCATED_IN stated by a sentence: X位于Z; 在Z建设/设立/举办…Y (and the builder X of 「X在Z建设Y」 invests
 * there); Z吸引…X…入驻; Z包括A、B (parks inside a park).
 */
final class LocationPatterns {

    /** The document's entity of a place, or null. */
    private final java.util.function.Function<org.yrdkg.extract.text.PlaceRef, Entity> placeEntities;

    LocationPatterns(java.util.function.Function<org.yrdkg.extract.text.PlaceRef, Entity> placeEntities) {
        this.placeEntities = placeEntities;
    }

    /**
     * X位于Z, X入驻Z, “X”落地Z: a closing quote or bracket of X's name may stand before the verb;
     * X(的)总部位于Z, X注册地在Z: where a body has its seat is where it lies
     */
    private static final Pattern LIES_IN = Pattern.compile(
            "^[\\s”\"》)]*(?:的?(?:总部|总部基地|注册地)(?:在|设在|位于|坐落于|落户|落户于|设于|地处)|位于|坐落于|坐落在|地处|落户|落户于|落户在|设在|设于|建在|入驻|落地|扎根|安家)\\s*$");
    /** 在Z(内)(共同)建设Y: what is built, set up or held at Z */
    private static final Pattern BUILD_AT = Pattern.compile(
            "^\\s*(?:内|境内|区内)?(?:共同|联合|合作|携手|正式|将)*(建设|设立|成立|落户|开设|建成|挂牌|打造|揭牌|举办|召开|举行|共建)(?:了|的)?\\s*$");
    /** ,位于Z / ,总部位于Z: a clause that only says where the sentence's subject is */
    private static final Pattern SUBJECTLESS_SEAT = Pattern.compile("(?:(?:其|公司)?(?:总部|总部基地|注册地))?位于$");
    /** Y(日前/正式/3月5日)在Z: when it happened may stand between the body and 在 */
    private static final Pattern WHEN_AT = Pattern.compile(
            "^(?:日前|近日|今天|今日|昨天|昨日|近期|正式|已经|已|将|也|于?\\d{1,2}月\\d{1,2}日)*在$");
    private static final Pattern HELD = Pattern.compile("^\\s*(?:举行|举办|召开|开幕|揭牌|成立|落成|启用|开业|正式成立)");
    private static final Pattern ATTRACTS = Pattern.compile("^\\s*吸引(?:了)?\\s*$");
    /** Z位于…,已吸引X…入驻: a later clause of the sentence whose subject Z is, with no subject of its own */
    private static final Pattern ATTRACTS_LATER = Pattern.compile("[,，]\\s*(?:目前)?(?:已|已经|先后|累计|共)?吸引(?:了)?\\s*");
    private static final Pattern SETTLES = Pattern.compile("^[^,，。；]{0,20}?(入驻|落户|集聚|入园)");
    private static final Pattern INCLUDES = Pattern.compile("(?:包括|包含|涵盖|下辖|由)\\s*$");
    private static final Pattern COMPOSED = Pattern.compile("^\\s*(?:等)?[^,，。；;]{0,8}?(?:组成|构成)");

    private static final Pattern OF = Pattern.compile("\\s*的\\s*");
    /** X位于Z的…项目: what lies in Z is X's project, the phrase only names it; X itself may be anywhere */
    private static final Pattern ITS_PROJECT = Pattern.compile("^\\s*的[^,，。；;]{0,16}?项目");
    private static final Pattern SCENE_GAP = Pattern.compile("\\s*[,，]\\s*");
    /** 浙江湖州,某某公司,… / 某某公司的生产线…: the name after a dateline is what the report is about */
    private static final Pattern DATELINE_TOPIC = Pattern.compile("^\\s*(?:[,，]|的|(?:车间|厂区|工地|生产线|园区)(?:里|内)?)");
    /** words that put what follows a place there: 位于Z的Y, 落户Z的Y, 来自Z的Y */
    private static final Pattern SITED = Pattern.compile("(?:位于|坐落于|地处|落户|落户于|来自|扎根|入驻|设在)\\s*$");
    private static final Pattern MOVES_TO = Pattern.compile("(?:搬到|迁到|迁至|迁往|搬迁至|搬迁到|迁入|落户到|落户在)\\s*$");
    private static final Pattern BUILT = Pattern.compile("建设|设立|成立|开设|建成|打造");
    private static final Pattern FOUNDS = Pattern.compile("设立|成立|开设");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[、和及]\\s*");
    private static final Pattern LOOSE_LIST_GAP = Pattern.compile("[^,，。；]{0,12}?[、和及]\\s*");

    /** The index of the first mention Z at index i attracts (Z吸引X, or Z…,已吸引X when Z opens the sentence), or -1. */
    private static int attracted(SentenceMentions s, int i) {
        List<Resolved> ms = s.mentions;
        if (i + 1 < ms.size() && ATTRACTS.matcher(s.between(ms.get(i), ms.get(i + 1))).matches()) return i + 1;
        if (i != 0) return -1;
        Matcher later = ATTRACTS_LATER.matcher(s.text).region(ms.get(0).end(), s.text.length());
        if (!later.find() || s.text.substring(ms.get(0).end(), later.start()).matches(".*[。；;].*")) return -1;
        for (int k = 1; k < ms.size(); k++) {
            if (ms.get(k).start() == later.end()) return k;
        }
        return -1;
    }

    /** what a company or body opens somewhere: its headquarters, a centre, a branch, a plant */
    private static final String UNIT = "(?:总部|中心|分公司|子公司|分支机构|工厂|基地|研究院|办事处|分部|门店|旗舰店|分中心|实验室)";
    /** X在Z(先后)设立了总部和销售中心: the opener of a unit is there (LOCATED_IN), whatever the unit is called */
    private static final Pattern OPENS_UNIT = Pattern.compile(
            "^\\s*(?:先后|相继|已|已经|还|也|又|正式|率先|陆续)?(?:设立|开设|建立|成立|设置|布局)(?:了)?[^,，。；;]{0,12}?" + UNIT);
    /** X(的)研发中心(正式)落户Z: a unit of X settles at Z, so X is there */
    private static final Pattern UNIT_SETTLES = Pattern.compile(
            "^(?:的)?[^,，。；;、]{0,10}?" + UNIT + "\\s*(?:已|已经|正式|相继|先后|顺利|成功)?(?:落户|入驻|落地|落户于|落户在|搬到|迁至|迁到)\\s*$");

    /** X(的)研发总部在Z正式启用: a unit of X opens at Z, so X is there */
    private static final Pattern UNIT_AT = Pattern.compile(
            "^(?:的)?[^,，。；;、]{0,10}?" + UNIT + "\\s*(?:日前|近日|今天|已|已经|正式|也)?(?:在|于)\\s*$");
    private static final Pattern UNIT_OPENS = Pattern.compile(
            "^\\s*(?:正式|顺利|日前|近日|已|已经)?(?:启用|揭牌|开业|投用|投入使用|落成|开园|开工|奠基|投入运营|运营)");

    /** 鸿运集团在上海设立研发中心, 鸿运集团研发中心正式落户宣城: the company settles where its unit does. */
    private static void unitsSettle(SentenceMentions s, RelationCollector out) {
        var ms = s.mentions;
        for (int i = 0; i + 1 < ms.size(); i++) {
            Resolved x = ms.get(i), z = ms.get(i + 1);
            if (x.isGroup() || z.isGroup() || !opener(x.entity()) || !SentenceMentions.host(z.entity())) continue;
            boolean opens = s.between(x, z).matches("\\s*(?:将|拟|已|已经|还|也|又|先后|相继|率先|计划)?(?:在|于)\\s*")
                    && OPENS_UNIT.matcher(s.text).region(s.runLast(z).end(), s.text.length()).lookingAt();
            boolean settles = UNIT_SETTLES.matcher(s.between(x, z)).matches() || UNIT_AT.matcher(s.between(x, z)).matches()
                    && UNIT_OPENS.matcher(s.text).region(s.runLast(z).end(), s.text.length()).lookingAt();
            if (opens || settles) {
                Resolved at = s.runLast(z);
                if (SentenceMentions.host(at.entity())) out.add(x.entity(), RelationType.LOCATED_IN, at.entity(), s.view, 0.75);
            }
        }
    }

    /** a company is where its units are; a university that opens an institute elsewhere stays where it is */
    private static boolean opener(Entity e) {
        return e.type() == EntityType.Company;
    }

    /** Z一家美资企业——X: the company a dash names after "one company of Z" is in Z */
    private static final Pattern ONE_OF_HERE = Pattern.compile("^\\s*(?:的)?一家[^,，。；;]{0,8}?(?:企业|公司|工厂|药企|车企|外企|民企)——\\s*$");

    private static void oneCompanyOfZ(SentenceMentions s, RelationCollector out) {
        for (int i = 0; i + 1 < s.mentions.size(); i++) {
            Resolved z = s.mentions.get(i), x = s.mentions.get(i + 1);
            if (z.isGroup() || x.isGroup() || !SentenceMentions.host(z.entity()) || x.entity().type() != EntityType.Company) continue;
            if (ONE_OF_HERE.matcher(s.between(z, x)).matches()) out.add(x.entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.75);
        }
    }

    void find(SentenceMentions s, RelationCollector out) {
        unitsSettle(s, out);
        oneCompanyOfZ(s, out);
        var ms = s.mentions;
        for (int i = 0; i < ms.size(); i++) {
            Resolved z = ms.get(i);
            if (z.isGroup()) continue;
            // Y在Z举行/成立…
            if (SentenceMentions.host(z.entity()) && z.start() > 0 && s.text.charAt(z.start() - 1) == '在' && i > 0
                    && WHEN_AT.matcher(s.between(ms.get(i - 1), z)).matches() && !ms.get(i - 1).isGroup()
                    && !ms.get(i - 1).entity().type().isPlace() && HELD.matcher(s.text).region(z.end(), s.text.length()).lookingAt()) {
                out.add(ms.get(i - 1).entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.75);
            }
            // 在Z,Y正在建设…: a clause that only says where sets the scene for the name opening the next one
            if (SentenceMentions.host(z.entity()) && i + 1 < ms.size() && SCENE_GAP.matcher(s.between(z, ms.get(i + 1))).matches()
                    && Scenes.OPENS.matcher(s.text.substring(s.clauseStart(s.runStart(z)), s.runStart(z))).matches()
                    && !ms.get(i + 1).isGroup() && builtThing(ms.get(i + 1).entity())
                    && !WITH_PARTNER.matcher(s.text).region(ms.get(i + 1).end(), s.text.length()).lookingAt()) {
                out.add(ms.get(i + 1).entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.7);
                // 在上海松江G60科创走廊,Y…: the place the park's name is written with is where the park, and so Y, is
                List<org.yrdkg.extract.text.PlaceRef> address = z.span().places();
                Entity place = z.entity().type() == EntityType.Park && !address.isEmpty()
                        ? placeEntities.apply(address.get(address.size() - 1)) : null;
                if (place != null) out.add(ms.get(i + 1).entity(), RelationType.LOCATED_IN, place, s.view, 0.65);
            }
            // 浙江湖州,某某光伏公司,…: a report (a news film's dateline) that opens on places alone speaks from there
            if (SentenceMentions.host(z.entity()) && i + 1 < ms.size() && s.text.substring(0, s.runStart(z)).isBlank()
                    && SCENE_GAP.matcher(s.between(z, ms.get(i + 1))).matches()
                    && !ms.get(i + 1).isGroup() && (builtThing(ms.get(i + 1).entity()) || ms.get(i + 1).entity().type() == EntityType.Company)
                    && DATELINE_TOPIC.matcher(s.text).region(ms.get(i + 1).end(), s.text.length()).lookingAt()) {
                out.add(ms.get(i + 1).entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.7);
            }
            // X位于Z
            if (i > 0 && SentenceMentions.host(z.entity()) && LIES_IN.matcher(s.between(ms.get(i - 1), z)).matches()
                    && !ITS_PROJECT.matcher(s.text).region(s.runLast(z).end(), s.text.length()).lookingAt()) {
                for (Entity x : ms.get(i - 1).entities()) out.add(x, RelationType.LOCATED_IN, z.entity(), s.view, 0.9);
            }
            // Y…,位于Z: the clause has no subject of its own, the sentence's is meant
            Matcher seat = SUBJECTLESS_SEAT.matcher(s.text).region(Math.max(0, z.start() - 10), z.start());
            if (SentenceMentions.host(z.entity()) && seat.find() && seat.start() > 0
                    && SentenceMentions.isClauseBreak(s.text.charAt(seat.start() - 1)) && s.subject() != null
                    && s.subject() != z && !s.subject().isGroup() && !s.subject().entity().type().isPlace()) {
                out.add(s.subject().entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.8);
            }
            // 位于Z的Y, 落户Z的Y, 来自Z的Y, and a bare 某省的某学院: a place right before 的 and a name places the name
            if (SentenceMentions.host(z.entity()) && i + 1 < ms.size() && OF.matcher(s.between(z, ms.get(i + 1))).matches()
                    && !ms.get(i + 1).isGroup() && !ms.get(i + 1).entity().type().isPlace()) {
                boolean sited = SITED.matcher(s.text).region(0, z.start()).find();
                out.add(ms.get(i + 1).entity(), RelationType.LOCATED_IN, z.entity(), s.view, sited ? 0.9 : 0.7);
            }
            // X、Y等企业把总部搬到Z: the listed subjects move there
            if (SentenceMentions.host(z.entity()) && MOVES_TO.matcher(s.text).region(Math.max(0, z.start() - 4), z.start()).find()) {
                int from = s.view.clauseStart(z.start());
                for (int k = 0; k < i; k++) {
                    Resolved x = ms.get(k);
                    if (x.start() < from || x.isGroup() || x.entity().type().isPlace()) continue;
                    if (k > 0 && ms.get(k - 1).start() >= from && !LIST_GAP.matcher(s.between(ms.get(k - 1), x)).matches()) break;
                    out.add(x.entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.75);
                }
            }
            // [X]在Z建设Y
            if (SentenceMentions.host(z.entity()) && z.start() > 0 && s.text.charAt(z.start() - 1) == '在' && i + 1 < ms.size()) {
                Resolved y = ms.get(i + 1);
                Matcher m = BUILD_AT.matcher(s.between(z, y));
                if (m.matches() && !y.isGroup() && !y.entity().type().isPlace()) {
                    out.add(y.entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.85);
                    Resolved x = s.endingAt(z.start() - 1);
                    if (x != null && !x.isGroup() && BUILT.matcher(m.group(1)).matches()) {
                        // 甲区在乙市成立某公司: the district's money goes into the company, 乙市 is only where it is
                        boolean founds = FOUNDS.matcher(m.group(1)).matches() && y.entity().type() == EntityType.Company;
                        out.add(x.entity(), RelationType.INVESTS_IN, founds ? y.entity() : z.entity(), s.view, 0.6, null,
                                founds ? null : y.entity().name(), null);
                    }
                }
            }
            // Z吸引X…入驻
            int firstAttracted = SentenceMentions.host(z.entity()) ? attracted(s, i) : -1;
            if (firstAttracted > 0) {
                int k = firstAttracted;
                while (k < ms.size() && (k == firstAttracted || LIST_GAP.matcher(s.between(ms.get(k - 1), ms.get(k))).matches())) k++;
                Resolved last = ms.get(k - 1);
                if (SETTLES.matcher(s.text).region(last.end(), s.text.length()).lookingAt()) {
                    for (int q = firstAttracted; q < k; q++) {
                        for (Entity x : ms.get(q).entities()) {
                            if (x.type().isPlace()) continue;
                            out.add(x, RelationType.LOCATED_IN, z.entity(), s.view, 0.8);
                            if (x.type() == EntityType.Company) out.add(x, RelationType.INVESTS_IN, z.entity(), s.view, 0.6);
                        }
                    }
                }
            }
            // Z…包括A、B (parks within a park)
            if (z.entity().type() == EntityType.Park) {
                int k = i + 1;
                while (k < ms.size() && ms.get(k).start() - z.end() <= 60
                        && !INCLUDES.matcher(s.between(z, ms.get(k))).find()) k++;
                List<Resolved> parts = new java.util.ArrayList<>();
                for (int first = k; k < ms.size() && ms.get(k).start() - z.end() <= 60; k++) {
                    Resolved part = ms.get(k);
                    if (k > first && !LOOSE_LIST_GAP.matcher(s.between(ms.get(k - 1), part)).matches()) break;
                    parts.add(part);
                }
                // Z由A与B组成 lists Z's parts; Z由A与B共建 names its builders
                boolean composed = parts.isEmpty() || !s.between(z, parts.get(0)).matches("[\\s\\S]*由\\s*")
                        || COMPOSED.matcher(s.text).region(parts.get(parts.size() - 1).end(), s.text.length()).lookingAt();
                for (Resolved part : parts) {
                    if (composed && part.entity().type() == EntityType.Park) {
                        out.add(part.entity(), RelationType.LOCATED_IN, z.entity(), s.view, 0.75);
                    }
                }
            }
        }
    }

    /** What is built or housed somewhere (a park, platform or body), not a company that may act there as a visitor. */
    private static boolean builtThing(Entity e) {
        return e.type() == EntityType.Park || e.type() == EntityType.Platform || e.type() == EntityType.Organization;
    }

    private static final Pattern WITH_PARTNER = Pattern.compile("^\\s*(?:与|和|同|跟|携手|联合)");
}
