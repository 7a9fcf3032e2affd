package org.yrdkg.extract.text;

import java.util.List;

import org.yrdkg.document.Sentence;

/** A sentence as the recognisers see it: normalised text, tokens and place mentions. */
public record SentenceView(Sentence sentence, String text, List<Token> tokens, List<PlaceHit> places,
                           boolean continuesPrevious) {

    public int index() {
        return sentence.index();
    }

    /** Index of the token that contains offset {@code pos}, or -1. */
    public int tokenAt(int pos) {
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

    /** Index of the first token starting at or after {@code pos}. */
    public int tokenFrom(int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > pos) return i;
        }
        return tokens.size();
    }

    public PlaceHit placeCovering(int start, int end) {
        for (PlaceHit p : places) {
            if (p.start() <= start && p.end() >= end) return p;
        }
        return null;
    }

    public boolean overlapsPlace(int start, int end) {
        for (PlaceHit p : places) {
            if (p.start() < end && start < p.end()) return true;
        }
        return false;
    }
}
