package org.yrdkg.extract.text;

import java.util.List;

import org.yrdkg.extract.model.EntityType;

/**
 * A recognised name in one sentence, before resolution. Offsets are in the normalised sentence.
 *
 * @param name   the name as written (normalised script); for places the canonical name is in {@code places}
 * @param places for a place mention the place(s) it names; for an organisation the places its name starts with
 */
public record NameSpan(int sentence, int start, int end, String name, EntityType type, List<PlaceRef> places,
                       Kind kind) {

    public enum Kind { PLACE, ORG }

    public NameSpan {
        places = List.copyOf(places);
    }

    public boolean isPlace() {
        return kind == Kind.PLACE;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
