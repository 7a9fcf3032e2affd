package org.yrdkg.bench.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.place.Place;

/**
 * Writes one article: a seed's title line, then runs of consecutive sentences from random seeds until
 * the drawn length, every slot rewritten. Within one article a seed entity always becomes the same new
 * one, and a place drawn under an already rewritten ancestor stays under its replacement, so a run-on
 * like 杭州余杭 becomes 宁波鄞州, never 宁波余杭.
 */
final class ArticleComposer {

    private final List<SeedArticle> seeds;
    private final DeltaPlaces places;
    private final OrgNameComposer orgs;
    private final RandomGenerator random;

    // per article; looked up by key only, never iterated, so hash order cannot leak into the output
    private final Map<String, Place> placeMap = new HashMap<>();
    private final Set<String> usedPlaces = new HashSet<>();
    private final List<Place> drawn = new ArrayList<>();
    private final Map<String, String> orgMap = new HashMap<>();

    ArticleComposer(List<SeedArticle> seeds, DeltaPlaces places, OrgNameComposer orgs, RandomGenerator random) {
        this.seeds = seeds;
        this.places = places;
        this.orgs = orgs;
        this.random = random;
    }

    String compose(int targetChars) {
        placeMap.clear();
        usedPlaces.clear();
        drawn.clear();
        orgMap.clear();
        StringBuilder out = new StringBuilder(targetChars + 2048);
        SeedArticle titled = seeds.get(random.nextInt(seeds.size()));
        appendRun(out, titled, 0, 0);
        out.append('\n');
        while (out.length() < targetChars) {
            SeedArticle seed = seeds.get(random.nextInt(seeds.size()));
            int n = seed.sentences().size();
            if (n < 2) {
                continue;
            }
            int first = 1 + random.nextInt(n - 1);
            int last = Math.min(n - 1, first + 2 + random.nextInt(8));
            appendRun(out, seed, first, last);
            out.append('\n');
        }
        return out.toString();
    }

    /** Sentences first..last of the seed, with the text between them (line breaks) as it is. */
    private void appendRun(StringBuilder out, SeedArticle seed, int first, int last) {
        int from = seed.sentences().get(first).start();
        int to = seed.sentences().get(last).end();
        int at = from;
        for (Slot slot : seed.slots()) {
            if (slot.start() < from || slot.end() > to) {
                continue;
            }
            out.append(seed.text(), at, slot.start()).append(rewrite(slot));
            at = slot.end();
        }
        out.append(seed.text(), at, to);
    }

    private String rewrite(Slot slot) {
        if (slot instanceof Slot.PlaceName p) {
            Place place = replacement(p.place());
            return p.shortForm() ? places.shortName(place) : place.name();
        }
        Slot.OrgName o = (Slot.OrgName) slot;
        return orgMap.computeIfAbsent(o.entityId(), id -> orgs.name(o.type(), o.head(), prefix(o)));
    }

    private String prefix(Slot.OrgName o) {
        return switch (o.prefix()) {
            case NONE -> null;
            case REGION -> "长三角";
            // a place the article already names, as local organisations are named after it
            case PLACE -> places.shortName(drawn.isEmpty()
                    ? places.draw(EntityType.City, null, random) : drawn.get(random.nextInt(drawn.size())));
        };
    }

    /** The article's stand-in for a seed place: same level, under the stand-in of its nearest rewritten ancestor. */
    private Place replacement(Place seedPlace) {
        Place known = placeMap.get(seedPlace.code());
        if (known != null) {
            return known;
        }
        Place within = null;
        List<Place> lineage = places.lineage(seedPlace);
        for (int i = 1; i < lineage.size() && within == null; i++) {
            within = placeMap.get(lineage.get(i).code());
        }
        Place stand = places.draw(seedPlace.type(), within, random);
        for (int attempt = 0; attempt < 5 && usedPlaces.contains(stand.code()); attempt++) {
            stand = places.draw(seedPlace.type(), within, random);
        }
        placeMap.put(seedPlace.code(), stand);
        usedPlaces.add(stand.code());
        drawn.add(stand);
        // the seed's ancestors not yet rewritten follow the drawn place's own ancestors
        List<Place> drawnLineage = places.lineage(stand);
        for (int i = 1; i < lineage.size() && i < drawnLineage.size(); i++) {
            if (lineage.get(i).type() == drawnLineage.get(i).type()) {
                placeMap.putIfAbsent(lineage.get(i).code(), drawnLineage.get(i));
                usedPlaces.add(drawnLineage.get(i).code());
            }
        }
        return stand;
    }
}
