package org.yrdkg.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.EntityType;
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

    public List<NameSpan> recognize(SentenceView s) {
        List<NameSpan> found = new ArrayList<>();
        String text = s.text();
        for (Token t : s.tokens()) {
            HeadNouns.Head head = HeadNouns.headEndingAt(text, t.end());
            if (head == null) continue;
            int headStart = t.end() - head.text().length();
            if (s.tokenAt(headStart) < 0) continue;
            int start = NameBoundary.startOf(s, headStart);
            int end = extendWithPlaceInParens(s, t.end());
            NameSpan span = accept(s, start, headStart, end, head);
            if (span != null && !insideBookTitle(text, span.start())) found.add(span);
        }
        found.addAll(numberedSchools(s));
        return outermost(found);
    }

    private static final Pattern SCHOOL_NUMBER = Pattern.compile("^(第[一二三四五六七八九十]{1,3}中学|[一二三四五六七八九十]{1,2}中)(?![心国间部学期])");

    /** 淮南一中, 某市第二中学: a place followed by a school number. */
    private static List<NameSpan> numberedSchools(SentenceView s) {
        List<NameSpan> out = new ArrayList<>();
        for (PlaceHit p : s.places()) {
            Matcher m = SCHOOL_NUMBER.matcher(s.text().substring(p.end()));
            if (m.find() && !p.isGroup()) {
                int end = p.end() + m.end();
                out.add(new NameSpan(s.index(), p.start(), end, s.text().substring(p.start(), end),
                        EntityType.Organization, p.places(), NameSpan.Kind.ORG));
            }
        }
        return out;
    }

    /** Names inside 《…》 are parts of a document title (an agreement, a plan), not mentions. */
    static boolean insideBookTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        return open >= 0 && text.lastIndexOf('》', pos) < open && text.indexOf('》', pos) >= 0;
    }

    private static NameSpan accept(SentenceView s, int start, int headStart, int end, HeadNouns.Head head) {
        String text = s.text();
        if (start == headStart) {
            if (!HeadNouns.standsAlone(head.text()) || s.tokenAt(headStart) < 0
                    || s.tokens().get(s.tokenAt(headStart)).start() != headStart) return null;
        }
        if (end - start > MAX_NAME) start = end - MAX_NAME;
        String name = text.substring(start, end);
        PlaceHit whole = s.placeCovering(start, end);
        if (whole != null && whole.start() == start && whole.end() == end) return null;
        EntityType type = HeadNouns.typeOf(name, head);
        boolean quoted = start > 0 && text.charAt(start - 1) == '“' && end < text.length() && text.charAt(end) == '”';
        boolean anchored = Anchors.hasAnchor(s, start, headStart);
        boolean specific = Anchors.hasSpecificWord(s, start, headStart);
        boolean ok = switch (type) {
            case Company, Organization -> specific || anchored;
            default -> anchored && specific || quoted && specific;
        };
        if (!ok && !HeadNouns.standsAlone(head.text())) return null;
        return new NameSpan(s.index(), start, end, name, type, leadingPlaces(s, start, headStart), NameSpan.Kind.ORG);
    }

    /** Places the name starts with (上海市闵行区…): the organisation lies in them. Not for X·Y names. */
    static List<PlaceRef> leadingPlaces(SentenceView s, int start, int limit) {
        List<PlaceRef> out = new ArrayList<>();
        if (s.text().substring(start, limit).contains("·")) return out;
        int pos = start;
        boolean progressed = true;
        while (progressed && pos < limit) {
            progressed = false;
            for (PlaceHit p : s.places()) {
                if (p.start() == pos && p.end() <= limit && !p.isGroup()) {
                    out.addAll(p.context());
                    out.addAll(p.places());
                    pos = p.end();
                    progressed = true;
                    break;
                }
            }
        }
        return out;
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
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan n : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(n.start(), n.end()))) kept.add(n);
        }
        kept.sort(Comparator.comparingInt(NameSpan::start));
        return kept;
    }
}
