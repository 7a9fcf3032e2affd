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

    /** Ranked matches: exact name or id, exact alias, prefix, full-text (partial), substring. */
    public List<Map<String, Object>> search(String typed, String type, int limit) {
        SearchText text = SearchText.of(typed);
        Map<String, Object> params = new HashMap<>();
        params.put("q", text.simplified());
        params.put("raw", text.raw());
        params.put("names", text.names());
        params.put("lucene", text.lucene());
        params.put("aliasQuery", text.aliasCandidates());
        params.put("nameQuery", text.nameContains());
        params.put("scan", SUBSTRING_CANDIDATES);
        params.put("type", type);
        params.put("limit", limit);
        return reader.rows("read/entity-search", params);
    }

    /**
     * The entity meant by {@code ref}: its id, canonical name or an alias (either script), else the best
     * search hit whose name or alias contains the text (short or partial names). Empty when nothing matches.
     */
    public Optional<Map<String, Object>> resolve(String ref) {
        SearchText text = SearchText.of(ref);
        var exact = reader.rows("read/entity-ref",
                Map.of("ref", text.raw(), "names", text.names(), "aliasQuery", text.aliasExact()));
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        Optional<Map<String, Object>> division = officialForm(text);
        if (division.isPresent()) {
            return division;
        }
        return search(ref, null, 10).stream().filter(hit -> contains(hit, text.simplified())).findFirst();
    }

    /**
     * The division an official form names when no article wrote it: a province's one-character
     * abbreviation (皖 → 安徽省), a name without its suffix (淮南 → 淮南市), from the gazetteer the extractor
     * uses. Only when exactly one of the divisions it may name is in the graph.
     */
    private Optional<Map<String, Object>> officialForm(SearchText text) {
        String typed = text.simplified();
        List<Place> places = typed.length() == 1 ? Gazetteer.shared().provincesByAbbreviation(typed.charAt(0))
                : Gazetteer.shared().aliases(typed).stream().map(Gazetteer.Alias::place).toList();
        List<Map<String, Object>> found = places.stream().map(Place::code).distinct()
                .flatMap(code -> reader.rows("read/entity-ref",
                        Map.of("ref", code, "names", List.of(code), "aliasQuery", text.aliasExact())).stream())
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** A search hit stands for the text only when its name or an alias holds all of it (闵行 → 闵行区). */
    private static boolean contains(Map<String, Object> hit, String text) {
        if (String.valueOf(hit.get("name")).contains(text)) {
            return true;
        }
        return hit.get("aliases") instanceof List<?> aliases && aliases.stream().anyMatch(a -> String.valueOf(a).contains(text));
    }

    /** The entity meant by the value of request parameter {@code parameter}: 400 when blank, 404 when none. */
    public Map<String, Object> require(String parameter, String ref) {
        return resolve(Parameters.required(parameter, ref)).orElseThrow(() -> new NotFoundException(
                "No such entity", "No entity matches '" + ref + "' (parameter '" + parameter + "')."));
    }
}
