package org.yrdkg.bench.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.place.Place;

/**
 * The real divisions of the four Delta provinces, by level, in gazetteer order (never hash order, so
 * that a seed always draws the same places), with the short forms articles write (闵行 for 闵行区).
 */
final class DeltaPlaces {

    private static final List<String> PROVINCES = List.of("31", "32", "33", "34");

    private final Gazetteer gazetteer;
    private final Map<EntityType, List<Place>> byType = new EnumMap<>(EntityType.class);

    DeltaPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String code : PROVINCES) {
            gazetteer.byCode(code).ifPresent(this::addWithDescendants);
        }
    }

    private void addWithDescendants(Place p) {
        byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p);
        for (Place child : gazetteer.children(p.code())) {
            addWithDescendants(child);
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    boolean has(EntityType type) {
        return !byType.getOrDefault(type, List.of()).isEmpty();
    }

    /** A random Delta place of the type; under {@code within} when that has such descendants. */
    Place draw(EntityType type, Place within, RandomGenerator random) {
        List<Place> all = byType.get(type);
        if (within != null) {
            List<Place> inside = all.stream().filter(p -> gazetteer.contains(within.code(), p.code())).toList();
            if (!inside.isEmpty()) {
                return inside.get(random.nextInt(inside.size()));
            }
        }
        return all.get(random.nextInt(all.size()));
    }

    /** The place and the divisions above it, innermost first. */
    List<Place> lineage(Place place) {
        return gazetteer.lineage(place.code());
    }

    boolean contains(Place ancestor, Place place) {
        return gazetteer.contains(ancestor.code(), place.code());
    }

    /** The name without its suffix when the gazetteer reads that back as this place (闵行), else the full name. */
    String shortName(Place place) {
        String name = place.name();
        for (int cut = 1; cut <= 3 && name.length() - cut >= 2; cut++) {
            String stem = name.substring(0, name.length() - cut);
            if (isShortFormOf(stem, place)) {
                return stem;
            }
        }
        return name;
    }

    boolean isShortFormOf(String surface, Place place) {
        return gazetteer.aliases(surface).stream()
                .anyMatch(a -> a.kind() == Gazetteer.AliasKind.SHORT && a.place().code().equals(place.code()));
    }

    /** A place above {@code place} that {@code surface} names (杭州 above 余杭区), or null. */
    Place ancestorNamed(String surface, Place place) {
        return gazetteer.aliases(surface).stream().map(Gazetteer.Alias::place)
                .filter(a -> a.isDivision() && gazetteer.contains(a.code(), place.code()))
                .findFirst().orElse(null);
    }

    /** A Delta division whose name or short name {@code surface} is, or null. */
    Place named(String surface) {
        return gazetteer.aliases(surface).stream().map(Gazetteer.Alias::place)
                .filter(Place::inDelta).findFirst().orElse(null);
    }
}
