package org.yrdkg.extract.text;

import java.util.List;

/**
 * A place mention in a normalised sentence. Group forms (沪苏浙皖, 三省一市, 闵淮) refer to several places;
 * run-ons (杭州余杭, 上海市闵行区) refer to the innermost one and carry the outer ones in {@code context}.
 */
public record PlaceHit(int start, int end, String surface, List<PlaceRef> places, List<PlaceRef> context) {

    public PlaceHit {
        places = List.copyOf(places);
        context = List.copyOf(context);
    }

    public boolean isGroup() {
        return places.size() > 1;
    }
}
