package org.yrdkg.extract.text;

import java.util.Arrays;
import java.util.List;

import org.yrdkg.document.Sentence;

/**
 * A sentence as the recognisers see it: normalised text, tokens and place mentions, with the look-ups
 * they need in constant or logarithmic time (a sentence may be one 200 KB line).
 */
public final class SentenceView {

    private final Sentence sentence;
    private final String text;
    private java.util.function.Supplier<List<Token>> tokenSource;
    private List<Token> tokens;
    private final List<PlaceHit> places;
    private final boolean continuesPrevious;
    /** per character: index of the place mention covering it, or -1 */
    private final int[] placeAt;
    /** per character: start of its clause (after the last ，。；：！？) */
    private final int[] clauseStartAt;
    /** per character: end of its clause */
    private final int[] clauseEndAt;

    public SentenceView(Sentence sentence, String text, List<Token> tokens, List<PlaceHit> places, boolean continuesPrevious) {
        this(sentence, text, () -> tokens, places, continuesPrevious);
    }

    /** A view that segments its text only when a recogniser first asks for the tokens (one view, one thread). */
    public SentenceView(Sentence sentence, String text, java.util.function.Supplier<List<Token>> tokens, List<PlaceHit> places,
                        boolean continuesPrevious) {
        this.sentence = sentence;
        this.text = text;
        this.tokenSource = tokens;
        this.places = List.copyOf(places);
        this.continuesPrevious = continuesPrevious;
        int n = text.length();
        placeAt = new int[n + 1];
        Arrays.fill(placeAt, -1);
        for (int i = 0; i < this.places.size(); i++) {
            PlaceHit p = this.places.get(i);
            for (int c = Math.max(0, p.start()); c < Math.min(n, p.end()); c++) placeAt[c] = i;
        }
        clauseStartAt = new int[n + 1];
        clauseEndAt = new int[n + 1];
        int start = 0;
        for (int i = 0; i <= n; i++) {
            clauseStartAt[i] = start;
            if (i < n && isClauseBreak(text.charAt(i))) start = i + 1;
        }
        int end = n;
        for (int i = n; i >= 0; i--) {
            if (i < n && isClauseBreak(text.charAt(i))) end = i;
            clauseEndAt[i] = end;
        }
    }

    public static boolean isClauseBreak(char c) {
        return ",，。；;！？!?：:".indexOf(c) >= 0;
    }

    public Sentence sentence() { return sentence; }

    public String text() { return text; }

    public List<Token> tokens() {
        if (tokens == null) {
            tokens = List.copyOf(tokenSource.get());
            tokenSource = null;
        }
        return tokens;
    }

    public List<PlaceHit> places() { return places; }

    public boolean continuesPrevious() { return continuesPrevious; }

    public int index() {
        return sentence.index();
    }

    /** Start of the clause that contains {@code pos} (a clause break itself belongs to the clause before it). */
    public int clauseStart(int pos) {
        return clauseStartAt[Math.max(0, Math.min(pos, text.length()))];
    }

    /** End of the clause from {@code pos} on: the next clause break, or the end of the text. */
    public int clauseEnd(int pos) {
        return clauseEndAt[Math.max(0, Math.min(pos, text.length()))];
    }

    /** Index of the token that contains offset {@code pos}, or -1. */
    public int tokenAt(int pos) {
        List<Token> tokens = tokens();
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (pos < t.start()) hi = mid - 1;
            else if (pos >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** Index of the first token ending after {@code pos}. */
    public int tokenFrom(int pos) {
        List<Token> tokens = tokens();
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > pos) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    public PlaceHit placeCovering(int start, int end) {
        if (start < 0 || start >= text.length() || end <= start) return null;
        int i = placeAt[start];
        if (i < 0) return null;
        PlaceHit p = places.get(i);
        return p.start() <= start && p.end() >= end ? p : null;
    }

    public boolean overlapsPlace(int start, int end) {
        for (int c = Math.max(0, start); c < Math.min(end, text.length()); c++) {
            if (placeAt[c] >= 0) return true;
        }
        return false;
    }
}
