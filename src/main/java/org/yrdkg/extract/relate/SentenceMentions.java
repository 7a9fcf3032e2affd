package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;

import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolved;
import org.yrdkg.extract.text.SentenceView;

/** The resolved mentions of one sentence with the text helpers the relation patterns share. */
final class SentenceMentions {

    final SentenceView view;
    final String text;
    final List<Resolved> mentions;

    private final java.util.Map<Integer, Resolved> byStart = new java.util.LinkedHashMap<>();
    private final java.util.Map<Integer, Resolved> byEnd = new java.util.LinkedHashMap<>();

    SentenceMentions(SentenceView view, List<Resolved> mentions) {
        this.view = view;
        this.text = view.text();
        this.mentions = mentions;
        for (Resolved r : mentions) {
            byStart.putIfAbsent(r.start(), r);
            byEnd.put(r.end(), r);
        }
    }

    static boolean isClauseBreak(char c) {
        return SentenceView.isClauseBreak(c);
    }

    int clauseEnd(int from) {
        return view.clauseEnd(from);
    }

    int clauseStart(int from) {
        return view.clauseStart(from);
    }

    Resolved startingAt(int pos) {
        return byStart.get(pos);
    }

    Resolved endingAt(int pos) {
        return byEnd.get(pos);
    }

    int indexOf(Resolved r) {
        return mentions.indexOf(r);
    }

    /** A place below the regions, or a zone: what hosts an investment, a unit or a scene. */
    static boolean host(Entity e) {
        return e.type().isPlace() && e.type() != org.yrdkg.extract.model.EntityType.Region
                || e.type() == org.yrdkg.extract.model.EntityType.Park;
    }

    /** The first mention of the sentence: the subject of a clause that starts without one. */
    Resolved subject() {
        if (mentions.isEmpty()) return null;
        Resolved first = mentions.get(0);
        // 位于Z的Y,…: the place only says where the subject Y is
        if (SITED_FIRST.matcher(text.substring(0, first.start())).matches()) {
            int of = runLast(first).end();
            Resolved named = text.startsWith("的", of) ? startingAt(of + 1) : null;
            if (named != null) return named;
        }
        return first;
    }

    private static final java.util.regex.Pattern SITED_FIRST = java.util.regex.Pattern.compile(
            "^[\\s\\d年月日,，]*(?:位于|地处|坐落于|来自|落户)\\s*$");

    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "^[\\s\\d年月日至到号—\\-.、]*(?:近年来|同时|此外|目前|其中|近日|今年|去年|随后|另外)?[\\s,，]*$");

    /** 南京一家芯片企业——Y宣布…: a description, then a dash, then the name it describes, which is the subject. */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            "^[^,，。；;:：]{1,20}(?:——|—|--)\\s*$");

    /** The nearest mention before {@code pos} that opens a clause (after a date at most); else the first. */
    Resolved subjectBefore(int pos) {
        Resolved found = null;
        for (Resolved r : mentions) {
            if (r.start() >= pos) break;
            int from = clauseStart(r.start());
            String lead = text.substring(from, r.start());
            if (r.start() - from <= 24 && (LEAD.matcher(lead).matches() || APPOSITION.matcher(lead).matches())) found = r;
        }
        return found != null ? found : subject();
    }

    /** 在某省某市Z: where the run of places that ends with {@code z} starts. */
    int runStart(Resolved z) {
        int start = z.start();
        for (Resolved before = endingAt(start); before != null && !before.isGroup(); before = endingAt(start)) {
            start = before.start();
        }
        return start;
    }

    /** 落户某省某市Z: the innermost place of the run of places that starts with {@code z}. */
    Resolved runLast(Resolved z) {
        Resolved last = z;
        for (Resolved next = startingAt(last.end()); next != null && !next.isGroup(); next = startingAt(last.end())) last = next;
        return last;
    }

    String between(Resolved a, Resolved b) {
        return a.end() <= b.start() ? text.substring(a.end(), b.start()) : "";
    }

    static List<Entity> entities(List<Resolved> rs) {
        List<Entity> out = new ArrayList<>();
        for (Resolved r : rs) for (Entity e : r.entities()) if (!out.contains(e)) out.add(e);
        return out;
    }
}
