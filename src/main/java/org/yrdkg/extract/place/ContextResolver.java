package org.yrdkg.extract.place;

import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.yrdkg.extract.model.EntityType;

/**
 * Chooses among places that share a name (several 鼓楼区, 朝阳区) from the document's other places:
 * the option sharing the most of its hierarchy with a place named plainly elsewhere wins; then the
 * Yangtze River Delta; then a province over lower levels; otherwise no choice rather than a guess.
 */
final class ContextResolver {

    private final Gazetteer gazetteer;
    /** codes of the plainly named places and all their ancestors */
    private final Set<String> contextCodes = new LinkedHashSet<>();
    /** codes of the plainly named places themselves */
    private final Set<String> namedCodes = new HashSet<>();

    ContextResolver(Gazetteer gazetteer, Collection<Place> context) {
        this.gazetteer = gazetteer;
        for (Place p : context) {
            namedCodes.add(p.code());
            for (Place q : gazetteer.lineage(p.code())) {
                contextCodes.add(q.code());
            }
        }
    }

    /** How many levels of {@code option}'s hierarchy (itself excluded) the document names: 0 when none. */
    int affinity(Place option) {
        int n = 0;
        List<Place> lineage = gazetteer.lineage(option.code());
        for (int i = 1; i < lineage.size(); i++) {
            if (contextCodes.contains(lineage.get(i).code())) {
                n = Math.max(n, lineage.size() - i);
            }
        }
        return n;
    }

    /**
     * The one option context supports, or null. A province named by the span (海南, 吉林) wins unless a city or
     * district of the document points elsewhere; then the delta; then a place containing the others (黄山市
     * over its 黄山区). Towns need their district, city or a unique province match.
     */
    Gazetteer.Alias choose(List<Gazetteer.Alias> options) {
        return choose(options, true);
    }

    /** As {@link #choose(List)}; without {@code fallback}, only the context decides (no delta preference). */
    Gazetteer.Alias choose(List<Gazetteer.Alias> options, boolean fallback) {
        if (options.size() == 1 && options.get(0).place().type() != EntityType.Town) {
            return options.get(0);
        }
        // 安徽省黄山市 … 黄山高新区: the short name is the place the document names in full, not a place inside it
        Gazetteer.Alias named = single(options, a -> namedCodes.contains(a.place().code()));
        if (named != null && containsOthers(named, options)) {
            return named;
        }
        List<Gazetteer.Alias> best = new ArrayList<>();
        int bestScore = 0;
        for (Gazetteer.Alias a : options) {
            int s = affinity(a.place());
            if (s > bestScore) {
                bestScore = s;
                best.clear();
            }
            if (s == bestScore && s > 0) {
                best.add(a);
            }
        }
        Gazetteer.Alias province = single(options, a -> a.place().type() == EntityType.Province);
        if (province != null && bestScore <= 1) {
            return province;
        }
        if (best.size() == 1) {
            return best.get(0);
        }
        if (!fallback || options.get(0).place().type() == EntityType.Town) {
            return null;
        }
        Gazetteer.Alias outer = single(options, a -> containsOthers(a, options));
        if (outer != null) {
            return outer; // 黄山: the city 黄山市 rather than its district 黄山区
        }
        return single(options, a -> a.place().inDelta());
    }

    private boolean containsOthers(Gazetteer.Alias a, List<Gazetteer.Alias> options) {
        for (Gazetteer.Alias o : options) {
            if (o != a && !gazetteer.contains(a.place().code(), o.place().code())) {
                return false;
            }
        }
        return true;
    }

    private static Gazetteer.Alias single(List<Gazetteer.Alias> options, Predicate<Gazetteer.Alias> test) {
        Gazetteer.Alias found = null;
        for (Gazetteer.Alias a : options) {
            if (test.test(a)) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }
}
