package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;

/**
 * A report sets a scene (在某区某园,…) and then speaks from inside it: what settles there without an object
 * (甲公司、乙中心相继入驻。 / 落户这里) and what it calls local (当地的甲集团) lie in the scene. A scene holds for its
 * own sentence and the next one only: after that, the text may have moved on.
 */
final class Scenes {

    /** 在Z, or 在新设立的Z, opening a sentence (after a date or 最近 at most) and closed by a comma. */
    static final Pattern OPENS = Pattern.compile(
            "^[\\s\\d年月日]*(?:最近|目前|如今|近日|眼下|当下|此外|同时|今年|去年)?[,，]?\\s*在(?:[^,，。；;在]{0,8}的)?\\s*$");
    /** settling with no place after it: the place is the scene (…相继入驻。 …正式落户这里) */
    private static final Pattern SETTLES_HERE = Pattern.compile(
            "^\\s*(?:已|已经|正式|相继|先后|陆续|纷纷|也|都|均|将)?(?:入驻|落户|落地|扎根|安家|进驻)(?:于此|这里|此地|在这里|于这里)?(?=\\s*(?:[,，。；;！!]|$))");
    private static final Pattern LOCAL = Pattern.compile("当地(?:的)?[^,，。；;]{0,10}$");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[、和及与]\\s*");

    private Entity scene;
    private int age;

    /** The document's one park, where a settling with no place said settles when no scene is open. */
    private final Entity onlyPark;

    Scenes(Entity onlyPark) {
        this.onlyPark = onlyPark;
    }

    /** 首批入驻的甲公司、乙公司: settled, with no place said: in the scene, or in the document's one park. */
    private static final Pattern SETTLED_ONES = Pattern.compile(
            "(?:首批|已|已经|先后|陆续|相继|新)?(?:入驻|落户|进驻|入园)(?:的)?\\s*$");

    /** people of a body: 医生与乙医院的专家 are the two bodies at work together */
    private static final String STAFF = "(?:医生|医护人员|专家|工作人员|教师|老师|研究人员|科研人员|技术人员|工程师|团队|干部)";
    private static final Pattern STAFF_WITH = Pattern.compile("^[^,，。；;]{0,8}?[,，]\\s*(?:这里的|当地的)?" + STAFF + "(?:们)?(?:与|和|同|跟)\\s*$");
    private static final Pattern STAFF_OF = Pattern.compile("^\\s*的" + STAFF + "[^,，。；;]{0,12}?(?:正在|一起|共同|联合|合作|携手|一道)");

    void find(SentenceMentions s, RelationCollector out) {
        staffTogether(s, out);
        Entity opened = openedBy(s);
        if (opened != null) {
            scene = opened;
            age = 0;
        } else if (++age > 1) {
            scene = null;
        }
        settledOnes(s, out);
        if (scene == null) return;
        settled(s, out);
        local(s, out);
    }

    private void settledOnes(SentenceMentions s, RelationCollector out) {
        Entity where = scene != null ? scene : onlyPark;
        var ms = s.mentions;
        for (int i = 0; i < ms.size() && where != null; i++) {
            Resolved x = ms.get(i);
            int from = s.clauseStart(x.start());
            if (!SETTLED_ONES.matcher(s.text.substring(from, x.start())).find()
                    || ms.stream().anyMatch(r -> r.start() < x.start() && SentenceMentions.host(r.entity()))) continue;
            for (int k = i; k < ms.size() && (k == i || LIST_GAP.matcher(s.between(ms.get(k - 1), ms.get(k))).matches()); k++) {
                Resolved r = ms.get(k);
                if (!r.isGroup() && !r.entity().type().isPlace() && !r.entity().equals(where)) {
                    out.add(r.entity(), RelationType.LOCATED_IN, where, s.view, 0.7);
                }
            }
            return;
        }
    }

    /** 在甲医院远程会诊中心,医生与乙医院的专家正在会诊: the body whose place opens the sentence works with the other. */
    private static void staffTogether(SentenceMentions s, RelationCollector out) {
        var ms = s.mentions;
        if (ms.size() < 2) return;
        Resolved x = ms.get(0), y = ms.get(1);
        if (x.isGroup() || y.isGroup() || !body(x.entity()) || !body(y.entity()) || x.entity().equals(y.entity())) return;
        if (!OPENS.matcher(s.text.substring(0, x.start())).matches() || !STAFF_WITH.matcher(s.between(x, y)).matches()) return;
        if (STAFF_OF.matcher(s.text).region(y.end(), s.text.length()).lookingAt()) {
            out.add(x.entity(), RelationType.COOPERATES_WITH, y.entity(), s.view, 0.7);
        }
    }

    private static boolean body(Entity e) {
        return e.type() == EntityType.Organization || e.type() == EntityType.Company;
    }

    private static Entity openedBy(SentenceMentions s) {
        for (Resolved z : s.mentions) {
            if (z.isGroup() || !SentenceMentions.host(z.entity())) continue;
            int from = s.runStart(z);
            if (from != z.start()) return null;
            Resolved last = s.runLast(z);
            boolean closed = last.end() < s.text.length() && ",，".indexOf(s.text.charAt(last.end())) >= 0;
            return closed && OPENS.matcher(s.text.substring(0, from)).matches() && SentenceMentions.host(last.entity()) ? last.entity() : null;
        }
        return null;
    }

    /** 甲中心、乙公司相继入驻: every name of the list that ends right before the verb. */
    private void settled(SentenceMentions s, RelationCollector out) {
        var ms = s.mentions;
        for (int i = 0; i < ms.size(); i++) {
            Resolved x = ms.get(i);
            Matcher m = SETTLES_HERE.matcher(s.text).region(x.end(), s.text.length());
            if (!m.lookingAt() || (i + 1 < ms.size() && ms.get(i + 1).start() < m.end())) continue;
            List<Resolved> subjects = new ArrayList<>();
            for (int k = i; k >= 0 && s.clauseStart(ms.get(k).start()) == s.clauseStart(x.start()); k--) {
                if (k < i && !LIST_GAP.matcher(s.between(ms.get(k), ms.get(k + 1))).matches()) break;
                subjects.add(ms.get(k));
            }
            for (Resolved r : subjects) place(r, s, out, 0.7);
        }
    }

    /** 当地电气龙头企业甲集团: the scene's own. */
    private void local(SentenceMentions s, RelationCollector out) {
        for (Resolved r : s.mentions) {
            if (LOCAL.matcher(s.text.substring(s.clauseStart(r.start()), r.start())).find()) place(r, s, out, 0.7);
        }
    }

    private void place(Resolved r, SentenceMentions s, RelationCollector out, double confidence) {
        if (r.isGroup() || r.entity().type().isPlace() || r.entity().equals(scene)) return;
        out.add(r.entity(), RelationType.LOCATED_IN, scene, s.view, confidence);
    }
}
