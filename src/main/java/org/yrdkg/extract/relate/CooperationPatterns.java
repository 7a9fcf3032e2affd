package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;
import org.yrdkg.extract.text.NameSpan;

/**
 * COOPERATES_WITH from chains of mentions: A、B和C…共建 (all pairs), A与B…合作 (each left with each right),
 * A、B分别与C、D… (element-wise), A牵手B、C (the verb says it), and ",与B签订…" whose A is the sentence subject.
 */
final class CooperationPatterns {

    private static final Pattern JOIN = Pattern.compile("^\\s*(、|和|及|以及|暨)?\\s*$");
    private static final Pattern SPLIT = Pattern.compile(
            "^\\s*(?:(?:\\d+|[一二三四五六七八九十两]+)[所家个地方][^,，。；、]{0,4}?)?(分别)?(与|同|跟|会同|联合|牵手|携手|联手|邀请|走访|结对|对接)\\s*$");
    /** 与甲, 与中国某省甲: the partner after the opener, the country's name before a place being no party. */
    private static final Pattern OPENER = Pattern.compile("(?:分别)?(与|同|跟|会同|牵手|携手|联手|邀请|走访|赴|前往|走进)\\s*(?:中国)?\\s*$");
    /** after a list without 与 the trigger must follow closely, with no 的/等 between: 甲、乙三方共建 */
    private static final Pattern CLOSE_TRIGGER = Pattern.compile("^[^,，。；;的等]{0,10}?(?:" + "合作|共建|签订|签署|结对|结成|结为|缔结|携手|联合|共同|达成|建立|牵手|联手|合力|共商|共创|共育|互学|协同|对接|协作|联动|共推|帮扶" + ")");
    private static final Pattern TRIGGER = Pattern.compile(
            "合作|共建|签订|签署|签约|结对|结成|结为|缔结|组建|携手|联合|共同|达成|建立|牵手|联手|合力|共商|共创|共育|互学|协同|对接|协作|联动|共推|共享|互访|战略|框架协议|帮扶|协调|协商"
                    // 两地通用, 三地互认: what holds in each of the places alike was agreed among them
                    + "|(?:两|三|四|多)地(?:通用|互认|通办|互通)");
    /** 甲、乙、丙三地…, 甲与乙、丙三方…: a count right after a list says the listed act as one group. */
    private static final Pattern COUNTED = Pattern.compile(
            "^\\s*(等)?([两二三四五六七八九十]|\\d+)(?:地|方|市|省|区|县|镇|城|家|所|个城市|座城市)");
    private static final int TRIGGER_REACH = 40;
    private static final Pattern JOINTLY = Pattern.compile("^[^,，。；;]{0,6}?(共同|一起|一道|携手|联合)");
    /** 甲和乙的执法人员开展了联合巡查: the people of the listed act together */
    private static final Pattern STAFF_JOINTLY = Pattern.compile(
            "^的[^,，。；;、的]{0,8}?(?:人员|干部|部门|专家|代表|团队|队伍|医生|教师|学生|志愿者)[^,，。；;]{0,6}?(?:共同|一起|一道|携手|联合|合作)");
    /**
     * 沪苏浙各地与皖北各市结对…: after a side, a distributive word (各地, 分别) or a pairing verb means each
     * member acts with a partner of its own, never with the other members of its side.
     */
    private static final Pattern EACH_OWN = Pattern.compile("^[^,，。；;]{0,3}?(?:各地|各市|各区|各县|各自|各方|分别)");
    private static final Pattern PAIRING = Pattern.compile("结对|对口|帮扶|托管");
    /** 甲与某某签约: the side after 与 is there but not recognised, so the listed side did not act among itself */
    private static final Pattern WITH_UNNAMED = Pattern.compile("^(?:等|各[地市区县方])?(?:与|跟|同(?![步时样期]))");

    private static final Pattern PLAIN_WITH = Pattern.compile("与|同|跟");
    private static final Pattern PLAIN_OPENER = Pattern.compile("与|同|跟|赴|前往|走进");
    private static final Pattern PAIR_WORD = Pattern.compile("双方|两地");

    /** the last pair found: what 双方 refers to in the next sentences */
    List<Entity> lastPair = List.of();
    /** the last pair of places found: what 两地 refers to */
    List<Entity> lastPlacePair = List.of();

    private static final Pattern SIGNS_NOW = Pattern.compile("^(?:共同|正式|已)?(?:签署|签订|签约|结对|结成|缔结)");
    private static final Pattern OBJECT_VERB = Pattern.compile("(推进|推动|建设|打造|加快|支持|发展|提升|深化|围绕|依托|服务|做强|做优|培育)\\s*$");

    /** 甲、乙、丙党政主要领导全部参加: the places whose people attend a meeting */
    private static final Pattern ATTEND = Pattern.compile("^[^,，。；;、]{0,12}?(?:参加|出席|参会|与会|齐聚)");
    /** 会议审议…,签署了11个合作协议: agreements signed at a meeting, by no one the sentence names */
    private static final Pattern MEETING_SIGNS = Pattern.compile(
            "(?:会议|座谈会|会上|大会|论坛|峰会|联席会)[^。；;]{0,40}?(签署|签订)(?:了)?[^。；;，,]{0,16}?(?:合作)?(?:协议|备忘录)");
    private static final Pattern WITH_PARTY = Pattern.compile("[与和同跟]");
    /** how many sentences after the attendance a meeting's signing still refers to it */
    private static final int MEETING_REACH = 2;

    /** the places last named as a meeting's attendees, and the sentence that named them */
    private List<Entity> attendees = List.of();
    private int attendedAt = -1;

    /**
     * 甲实验室与上海的乙研究院联合攻关: a place before 的 and a body only says where the body is; the body is the party,
     * read as one mention from the place on.
     */
    private static List<Resolved> withoutQualifyingPlaces(SentenceMentions s) {
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < s.mentions.size(); i++) {
            Resolved p = s.mentions.get(i);
            Resolved body = i + 1 < s.mentions.size() ? s.mentions.get(i + 1) : null;
            if (body != null && !p.isGroup() && p.entity().type().isPlace() && body.start() == p.end() + 1
                    && s.text.startsWith("的", p.end()) && !body.isGroup() && !body.entity().type().isPlace()) {
                NameSpan b = body.span();
                out.add(new Resolved(new NameSpan(b.sentence(), p.start(), b.end(), b.name(), b.type(), b.places(), b.kind()),
                        body.entities()));
                i++;
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private void remember(List<Entity> pair) {
        lastPair = pair;
        if (pair.stream().allMatch(e -> e.type().isPlace())) lastPlacePair = pair;
    }

    void find(SentenceMentions s, RelationCollector out) {
        List<Resolved> ms = withoutQualifyingPlaces(s);
        int i = 0;
        while (i < ms.size()) {
            List<Resolved> left = new ArrayList<>(List.of(ms.get(i)));
            List<Resolved> right = new ArrayList<>();
            boolean respectively = false, implied = false, apposition = false;
            int j = i;
            while (j + 1 < ms.size()) {
                String gap = s.between(ms.get(j), ms.get(j + 1));
                if (ms.get(j + 1).start() < ms.get(j).end()) break;
                if (gap.isEmpty() && PAIR_WORD.matcher(ms.get(j + 1).span().name()).matches()) {
                    // 甲、乙两地…: 两地 right after the list restates it; it is not a further party
                    apposition = true;
                    break;
                }
                Matcher split;
                if (JOIN.matcher(gap).matches()) {
                    (right.isEmpty() ? left : right).add(ms.get(j + 1));
                } else if (!right.isEmpty() && !respectively && (split = SPLIT.matcher(gap)).matches() && split.group(1) != null) {
                    // 甲与乙分别与丙…: both sides of the first 与 act with what follows
                    left.addAll(right);
                    right = new ArrayList<>(List.of(ms.get(j + 1)));
                    implied = !PLAIN_WITH.matcher(split.group(2)).matches();
                } else if (right.isEmpty() && (split = SPLIT.matcher(gap)).matches()) {
                    respectively = split.group(1) != null;
                    implied = !PLAIN_WITH.matcher(split.group(2)).matches();
                    right.add(ms.get(j + 1));
                } else {
                    break;
                }
                j++;
            }
            int chainStart = ms.get(i).start();
            if (right.isEmpty()) {
                Matcher opener = OPENER.matcher(s.text.substring(Math.max(0, chainStart - 8), chainStart));
                Resolved subject = s.subjectBefore(chainStart);
                if (opener.find() && subject != null && subject.start() < chainStart && s.endingAt(chainStart) == null) {
                    right = left;
                    left = new ArrayList<>(List.of(subject));
                    implied = !PLAIN_OPENER.matcher(opener.group(1)).matches();
                }
            }
            int end = ms.get(j).end();
            // a list right after 推进/建设… is what is worked on, not who works together
            // (推动甲和乙签署…: a list that signs right away is the subject of its own clause, not the object)
            boolean object = right.isEmpty() && OBJECT_VERB.matcher(s.text.substring(Math.max(0, chainStart - 4), chainStart)).find()
                    && !SIGNS_NOW.matcher(s.text).region(end, s.text.length()).lookingAt();
            boolean counted = counts(s, end, parties(left).size() + parties(right).size());
            boolean triggered = !object && (right.isEmpty() && !counted
                    ? CLOSE_TRIGGER.matcher(s.text).region(end, s.text.length()).lookingAt() : hasTrigger(s, end));
            // 双方/两地 alone restate a known pair; a place pair only named so far (甲和乙交界处…两地共建) is news
            boolean restatesPair = right.isEmpty() && left.size() == 1 && PAIR_WORD.matcher(left.get(0).span().name()).matches()
                    && (left.get(0).entities().size() != 2 || out.has(left.get(0).entities().get(0),
                            RelationType.COOPERATES_WITH, left.get(0).entities().get(1)));
            boolean staff = left.size() + right.size() >= 2 && STAFF_JOINTLY.matcher(s.text).region(end, s.text.length()).lookingAt();
            boolean eachOwn = EACH_OWN.matcher(s.text).region(end, s.text.length()).lookingAt();
            if (right.isEmpty() && (eachOwn || WITH_UNNAMED.matcher(s.text).region(end, s.text.length()).lookingAt()) && !counted) {
                // 甲、乙各地与…结对 / 甲、乙与某某签约: the partner is elsewhere, the side is not a cooperation
                triggered = false;
            }
            if ((implied || triggered || staff) && !restatesPair) {
                if (!right.isEmpty() && !respectively && (counted || staff || JOINTLY.matcher(s.text).region(end, s.text.length()).lookingAt())) {
                    // 甲与乙、丙共同签署: everyone acts together
                    left.addAll(right);
                    right = new ArrayList<>();
                }
                boolean jointSigning = !respectively && !eachOwn && left.size() >= 2 && !right.isEmpty()
                        && !left.get(0).isGroup() && !PAIRING.matcher(s.text.substring(end, s.clauseEnd(end))).find();
                emit(s, left, right, respectively, jointSigning, out);
            } else {
                rememberListedPlaces(left, right);
                rememberAttendees(s, left, right, end);
            }
            i = apposition ? j + 2 : j + 1;
        }
        meetingSignings(s, out);
    }

    /** 《长三角…计划》: a name inside a document's title is no signatory */
    private static boolean insideTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        return open >= 0 && text.lastIndexOf('》', pos) < open;
    }

    private void rememberAttendees(SentenceMentions s, List<Resolved> left, List<Resolved> right, int end) {
        List<Entity> places = parties(left);
        if (!right.isEmpty() || places.size() < 2 || !places.stream().allMatch(e -> e.type().isPlace())) return;
        if (!ATTEND.matcher(s.text).region(end, s.text.length()).lookingAt()) return;
        attendees = places;
        attendedAt = s.view.index();
    }

    /**
     * 甲、乙、丙领导出席座谈会. 会议…签署了11个合作协议: the agreements a meeting signs, where the sentence names no
     * signatory, are among the places that attended it, each with each.
     */
    private void meetingSignings(SentenceMentions s, RelationCollector out) {
        if (attendees.isEmpty() || s.view.index() - attendedAt > MEETING_REACH) return;
        Matcher m = MEETING_SIGNS.matcher(s.text);
        if (!m.find()) return;
        boolean named = s.mentions.stream().anyMatch(r -> r.start() < m.start(1) && !r.isGroup()
                && r.entity().type() != EntityType.Region && !insideTitle(s.text, r.start()));
        // 某方与某方签署: signatories the recogniser missed are still signatories, and not the attendees
        String clause = s.text.substring(s.clauseStart(m.start(1)), m.start(1)).replaceAll("《[^》]*》", "");
        if (named || WITH_PARTY.matcher(clause).find()) return;
        for (int a = 0; a < attendees.size(); a++)
            for (int b = a + 1; b < attendees.size(); b++)
                out.add(attendees.get(a), RelationType.COOPERATES_WITH, attendees.get(b), s.view, 0.7);
    }

    /** True when a count of exactly {@code parties} follows, without 等 (甲与乙、丙三地, not 与甲、乙等11地). */
    private static final Pattern JOINT_GROUP = Pattern.compile("^[^,，。；;]{0,6}?(?:共同|联合|携手)(?:发起|组建|成立|设立|签署|签订|举办|打造|建设)");

    private static boolean counts(SentenceMentions s, int end, int parties) {
        Matcher m = COUNTED.matcher(s.text).region(end, s.text.length());
        if (parties < 2 || !m.lookingAt()) return false;
        // 甲、乙等12家单位共同发起: the named are some of the group that acted as one
        if (m.group(1) != null) return JOINT_GROUP.matcher(s.text).region(m.end(), s.text.length()).lookingAt();
        String n = m.group(2);
        int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.equals("两") ? 2 : "一二三四五六七八九十".indexOf(n) + 1;
        return value == parties;
    }

    private static boolean hasTrigger(SentenceMentions s, int from) {
        int to = Math.min(s.clauseEnd(from), from + TRIGGER_REACH);
        return from < to && TRIGGER.matcher(s.text.substring(from, to)).find();
    }

    /** 江苏和浙江交界处…两地: two places named together are what a later 两地 means, cooperation or not. */
    private void rememberListedPlaces(List<Resolved> left, List<Resolved> right) {
        List<Resolved> all = new ArrayList<>(left);
        all.addAll(right);
        List<Entity> places = SentenceMentions.entities(all);
        if (places.size() == 2 && all.stream().noneMatch(r -> PAIR_WORD.matcher(r.span().name()).matches())
                && places.stream().allMatch(e -> e.type().isPlace() && e.type() != EntityType.Region)) {
            lastPlacePair = places;
        }
    }

    private void emit(SentenceMentions s, List<Resolved> left, List<Resolved> right, boolean respectively,
                      boolean jointSigning, RelationCollector out) {
        List<Entity> l = parties(left);
        List<Entity> r = parties(right);
        if (jointSigning) {
            // 甲区、乙市与丙集团签约共建: the listed signatories act together as well as with the partner
            for (int a = 0; a < l.size(); a++)
                for (int b = a + 1; b < l.size(); b++) out.add(l.get(a), RelationType.COOPERATES_WITH, l.get(b), s.view, 0.75);
        }
        if (r.isEmpty()) {
            for (int a = 0; a < l.size(); a++)
                for (int b = a + 1; b < l.size(); b++) out.add(l.get(a), RelationType.COOPERATES_WITH, l.get(b), s.view, 0.8);
            if (l.size() == 2) remember(l);
            return;
        }
        if (respectively && left.size() == right.size() && left.size() > 1) {
            for (int k = 0; k < left.size(); k++) {
                out.add(left.get(k).entity(), RelationType.COOPERATES_WITH, right.get(k).entity(), s.view, 0.85);
            }
            return;
        }
        for (Entity a : l) for (Entity b : r) out.add(a, RelationType.COOPERATES_WITH, b, s.view, 0.85);
        if (l.size() == 1 && r.size() == 1) remember(List.of(l.get(0), r.get(0)));
    }

    private static List<Entity> parties(List<Resolved> rs) {
        return SentenceMentions.entities(rs).stream().filter(e -> e.type() != EntityType.Region).toList();
    }
}
