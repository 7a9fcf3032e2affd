package org.yrdkg.extract.org;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Token;

/**
 * Names that carry no head noun but stand in a list with a typing tail (X、Y、Z等龙头企业) or among
 * recognised names of one type (走访A有限公司、B光电、C集团): they take the type of the list.
 */
public final class EnumerationTyping {

    private static final Pattern TAIL = Pattern.compile(
            "^等[^,，。；;、]{0,8}?(企业|公司|集团|高校|院校|大学|科研院所|园区|平台|机构)");

    private static final int MAX_ITEM = 12;

    public List<NameSpan> recognize(SentenceView s, List<NameSpan> known) {
        List<NameSpan> out = new ArrayList<>();
        if (s.text().indexOf('、') < 0) return out;
        String text = s.text();
        List<NameSpan> byStart = new ArrayList<>(known);
        byStart.sort(java.util.Comparator.comparingInt(NameSpan::start));
        int clauseStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isClauseEnd(text.charAt(i))) {
                if (i - clauseStart > 2) typeClause(s, clauseStart, i, within(byStart, clauseStart, i), out);
                clauseStart = i + 1;
            }
        }
        return out;
    }

    private static boolean isClauseEnd(char c) {
        return ",，。；;：:！？!?“”\"《》()（）".indexOf(c) >= 0;
    }

    private void typeClause(SentenceView s, int from, int to, List<NameSpan> allKnown, List<NameSpan> out) {
        String text = s.text();
        List<Integer> commas = new ArrayList<>();
        for (int i = from; i < to; i++) if (text.charAt(i) == '、') commas.add(i);
        if (commas.isEmpty() || commas.size() > 40) return;
        List<NameSpan> known = allKnown;
        int last = commas.get(commas.size() - 1);
        int deng = -1;
        for (int i = last; i < to; i++) if (text.charAt(i) == '等') { deng = i; break; }
        EntityType tailType = null;
        int lastEnd = -1;
        if (deng > 0 && deng < to) {
            lastEnd = deng;
            Matcher m = TAIL.matcher(text.substring(deng, to));
            if (m.find()) tailType = typeOfTail(m.group(1));
            else tailType = categoryHead(text, deng + 1, Math.min(to, deng + 16));
        } else {
            NameSpan k = knownStartingAt(known, last + 1);
            if (k != null) lastEnd = k.end();
        }
        if (lastEnd < 0) return;
        List<int[]> items = new ArrayList<>();
        int first = commas.get(0);
        NameSpan firstKnown = knownEndingAt(known, first);
        items.add(new int[]{firstKnown != null ? firstKnown.start() : afterLeadingVerbs(s, NameBoundary.startOf(s, first), first), first});
        for (int c = 0; c + 1 < commas.size(); c++) items.add(new int[]{commas.get(c) + 1, commas.get(c + 1)});
        items.add(new int[]{last + 1, lastEnd});

        Map<EntityType, Integer> knownTypes = new LinkedHashMap<>();
        List<int[]> unknown = new ArrayList<>();
        int places = 0;
        for (int[] it : items) {
            NameSpan k = knownExactly(known, it[0], it[1]);
            if (k != null && k.isPlace()) {
                NameSpan org = known.stream().filter(n -> !n.isPlace() && n.start() == it[0] && n.end() == it[1]).findFirst().orElse(null);
                if (org != null) k = org;
            }
            if (k != null && !k.isPlace()) knownTypes.merge(k.type(), 1, Integer::sum);
            else if (k != null || s.placeCovering(it[0], it[1]) != null) places++;
            else unknown.add(it);
        }
        EntityType type = tailType;
        if (type == null) {
            int orgs = knownTypes.values().stream().mapToInt(Integer::intValue).sum();
            EntityType major = knownTypes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (major == null || places > 0 || orgs < unknown.size() || knownTypes.get(major) * 2 < orgs) return;
            type = major;
        }
        boolean needsAnchor = type != EntityType.Company;
        for (int[] it : unknown) {
            if (plausibleName(s, it[0], it[1]) && (!needsAnchor || Anchors.hasAnchor(s, it[0], it[1]))) {
                out.add(new NameSpan(s.index(), it[0], it[1], text.substring(it[0], it[1]), type,
                        OrgNameRecognizer.leadingPlaces(s, it[0], it[1], type), NameSpan.Kind.ORG));
            }
        }
    }

    /** 投资引育甲乙、丙丁等: the verbs before a list are not part of its first item. */
    private static int afterLeadingVerbs(SentenceView s, int start, int end) {
        List<Token> tokens = s.tokens();
        int i = s.tokenFrom(start);
        while (i + 1 < tokens.size() && tokens.get(i).start() >= start && tokens.get(i + 1).end() <= end
                && tokens.get(i).tag().startsWith("v") && !s.overlapsPlace(tokens.get(i).start(), tokens.get(i).end())
                // a lone one-character "verb" before a guessed name is often the name's first character (润/v 阳光伏/nr);
                // two in a row are a verb (引/v 育/vg)
                && (tokens.get(i).word().length() > 1 || tokens.get(i + 1).tag().startsWith("v") && tokens.get(i + 1).word().length() == 1)) {
            i += tokens.get(i).word().length() > 1 ? 1 : 2;
        }
        return i < tokens.size() ? Math.max(start, Math.min(tokens.get(i).start(), end)) : start;
    }

    /** The known names starting inside [from, to), from a list sorted by start. */
    private static List<NameSpan> within(List<NameSpan> byStart, int from, int to) {
        int lo = 0, hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() >= from - 40) hi = mid; else lo = mid + 1;
        }
        List<NameSpan> out = new ArrayList<>();
        for (int i = lo; i < byStart.size() && byStart.get(i).start() < to; i++) out.add(byStart.get(i));
        return out;
    }

    /** 甲、乙等国家自主创新示范区: the items are short names of things of the category's kind. */
    private static EntityType categoryHead(String text, int from, int to) {
        for (int end = to; end > from + 1; end--) {
            HeadNouns.Head head = HeadNouns.headEndingAt(text, end);
            if (head != null && end - head.text().length() >= from && head.type() != EntityType.Platform) {
                return HeadNouns.typeOf(text.substring(from, end), head);
            }
        }
        return null;
    }

    private static EntityType typeOfTail(String word) {
        return switch (word) {
            case "企业", "公司", "集团" -> EntityType.Company;
            case "高校", "院校", "大学", "科研院所", "机构" -> EntityType.Organization;
            case "园区" -> EntityType.Park;
            default -> EntityType.Platform;
        };
    }

    /** A list item that reads as a name: short, no clause words, not generic. */
    static boolean plausibleName(SentenceView s, int start, int end) {
        if (end - start < 2 || end - start > MAX_ITEM) return false;
        // an item ending in a head noun that the name recogniser did not take is a kind (外资银行), not a name
        HeadNouns.Head head = HeadNouns.headEndingAt(s.text(), end);
        if (head != null && head.text().length() > 1) return false;
        List<Token> tokens = s.tokens();
        for (int i = s.tokenFrom(start); i < tokens.size() && tokens.get(i).start() < end; i++) {
            Token t = tokens.get(i);
            if (t.start() < start || t.end() > end) return false;
            boolean inner = t.start() > start && t.end() < end;
            if (t.isPunctuation() || t.tag().startsWith("m") && !inner || t.tag().startsWith("u")
                    || NameBoundary.ACTION_VERBS.contains(t.word()) && !inner
                    || t.tag().startsWith("v") && !t.tag().equals("vn") && t.word().length() >= 2) return false;
        }
        return Anchors.hasSpecificWord(s, start, end) && !Character.isDigit(s.text().charAt(start)) && !commonNouns(s, start, end);
    }

    /** 键盘鼠标, 金属件: an item made only of common nouns and measure words names products, not a company. */
    private static boolean commonNouns(SentenceView s, int start, int end) {
        List<Token> tokens = s.tokens();
        for (int i = s.tokenFrom(start); i < tokens.size() && tokens.get(i).start() < end; i++) {
            String tag = tokens.get(i).tag();
            if (!(tag.equals("n") || tag.equals("q")) || s.overlapsPlace(tokens.get(i).start(), tokens.get(i).end())) return false;
        }
        return true;
    }

    private static NameSpan knownExactly(List<NameSpan> known, int start, int end) {
        for (NameSpan k : known) if (k.start() == start && k.end() == end) return k;
        return null;
    }

    /** The longest known name ending at {@code end} (上海市安徽某商会 rather than its 上海市). */
    private static NameSpan knownEndingAt(List<NameSpan> known, int end) {
        NameSpan best = null;
        for (NameSpan k : known) if (k.end() == end && (best == null || k.start() < best.start())) best = k;
        return best;
    }

    private static NameSpan knownStartingAt(List<NameSpan> known, int start) {
        NameSpan best = null;
        for (NameSpan k : known) if (k.start() == start && (best == null || k.end() > best.end())) best = k;
        return best;
    }
}
