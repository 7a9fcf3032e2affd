package org.yrdkg.graph.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.place.Place;

/** Finds entities: search by name or alias, and the one entity a name, alias or id stands for. */
@Component
public class EntityLookup {

    /**
     * Candidates the substring tier (score 5) and the alias checks look at, at most: a one- or two-character
     * text is in thousands of names, and this tier only fills the answer when the better ones do not.
     */
    static final int SUBSTRING_CANDIDATES = 1000;

    private final GraphReader reader;

    public EntityLookup(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * Ranked matches: exact name or id, a province's official one-character form (沪 or 滬 → 上海市), exact
     * alias, prefix, full-text (partial), substring.
     */
    public List<EntityHit> search(String typed, String type, int limit) {
        SearchText text = SearchText.of(typed);
        Map<String, Object> params = new HashMap<>();
        params.put("q", text.simplified());
        params.put("abbreviated", abbreviated(text).stream().map(Place::code).toList());
        params.put("raw", text.raw());
        params.put("names", text.names());
        params.put("lucene", text.lucene());
        params.put("aliasQuery", text.aliasCandidates());
        params.put("nameQuery", text.nameContains());
        params.put("scan", SUBSTRING_CANDIDATES);
        params.put("type", type);
        params.put("limit", limit);
        return reader.read("read/entity-search", params, EntityHit::of);
    }

    /**
     * The entity meant by {@code ref}: its id, canonical name or an alias (either script), else the best
     * search hit whose name or alias contains the text (short or partial names). Empty when nothing matches.
     */
    public Optional<EntityRef> resolve(String ref) {
        SearchText text = SearchText.of(ref);
        var exact = reader.read("read/entity-ref",
                Map.of("ref", text.raw(), "names", text.names(), "aliasQuery", text.aliasExact()), EntityRef::of);
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        Optional<EntityRef> division = officialForm(text);
        if (division.isPresent()) {
            return division;
        }
        return search(ref, null, 10).stream().filter(hit -> hit.names(text.simplified())).findFirst().map(EntityRef::of);
    }

    /**
     * The division an official form names when no article wrote it: a province's one-character
     * abbreviation (皖 → 安徽省), a name without its suffix (淮南 → 淮南市), from the gazetteer the extractor
     * uses. Only when exactly one of the divisions it may name is in the graph.
     */
    private Optional<EntityRef> officialForm(SearchText text) {
        String typed = text.simplified();
        List<Place> places = typed.length() == 1 ? abbreviated(text)
                : Gazetteer.shared().aliases(typed).stream().map(Gazetteer.Alias::place).toList();
        List<EntityRef> found = places.stream().map(Place::code).distinct()
                .flatMap(code -> reader.read("read/entity-ref",
                        Map.of("ref", code, "names", List.of(code), "aliasQuery", text.aliasExact()), EntityRef::of).stream())
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The provinces whose official one-character form (简称, GB/T 2260) the text is: 皖 → 安徽省; else none. */
    private static List<Place> abbreviated(SearchText text) {
        String typed = text.simplified();
        return typed.length() == 1 ? Gazetteer.shared().provincesByAbbreviation(typed.charAt(0)) : List.of();
    }

    /** The entity meant by the value of request parameter {@code parameter}: 400 when blank, 404 when none. */
    public EntityRef require(String parameter, String ref) {
        return resolve(Parameters.required(parameter, ref)).orElseThrow(() -> new NotFoundException(
                "No such entity", "No entity matches '" + ref + "' (parameter '" + parameter + "')."));
    }
}
