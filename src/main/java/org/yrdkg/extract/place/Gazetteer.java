package org.yrdkg.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yrdkg.extract.model.EntityType;

/**
 * China's administrative divisions (province, prefecture, county and township levels) from
 * {@code gazetteer/divisions.tsv} (see SOURCE.md there), with the official hierarchy and the index of
 * the names people write for them. Immutable and thread-safe; {@link #shared()} loads it once.
 */
public final class Gazetteer {

    /** How a surface form names a place. */
    public enum AliasKind {
        /** the full official name: 闵行区, 上海市, 华漕镇 */
        FULL,
        /** the name without its suffix: 闵行, 上海, 延边 */
        SHORT
    }

    /** One place a surface form may stand for. */
    public record Alias(Place place, AliasKind kind) {
    }

    private static final String RESOURCE = "/gazetteer/divisions.tsv";

    private final Map<String, Place> byCode;
    private final Map<String, List<Place>> children;
    private final Map<String, List<Alias>> aliases;
    private final Map<Character, List<Place>> provincesByAbbreviation;
    /** the matcher over this gazetteer's names, built once on first use (a few hundred ms) */
    private volatile AliasTrie trie;

    private Gazetteer(List<Place> places) {
        byCode = new LinkedHashMap<>(places.size() * 2);
        children = new LinkedHashMap<>();
        aliases = new LinkedHashMap<>(places.size() * 2);
        provincesByAbbreviation = new LinkedHashMap<>();
        for (Place p : places) {
            byCode.put(p.code(), p);
            if (p.parentCode() != null) {
                children.computeIfAbsent(p.parentCode(), k -> new ArrayList<>()).add(p);
            }
            addAlias(p.name(), new Alias(p, AliasKind.FULL));
            for (String s : AliasGenerator.shortNames(p)) {
                addAlias(s, new Alias(p, AliasKind.SHORT));
            }
            if (p.type() == EntityType.Province) {
                for (char c : AliasGenerator.PROVINCE_ABBREVIATIONS.getOrDefault(p.code(), "").toCharArray()) {
                    provincesByAbbreviation.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
                }
            }
        }
    }

    private void addAlias(String surface, Alias alias) {
        aliases.computeIfAbsent(surface, k -> new ArrayList<>(1)).add(alias);
    }

    /** The gazetteer of the bundled data file, loaded on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadBundled();
    }

    private static Gazetteer loadBundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a divisions file: code, name, level (province|city|district|town), parentCode; '#' lines are comments. */
    static Gazetteer load(InputStream in) throws IOException {
        List<Place> places = new ArrayList<>(42_000);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int t1 = line.indexOf('\t'), t2 = line.indexOf('\t', t1 + 1), t3 = line.indexOf('\t', t2 + 1);
            String code = line.substring(0, t1);
            String name = line.substring(t1 + 1, t2);
            String level = line.substring(t2 + 1, t3 < 0 ? line.length() : t3);
            String parent = t3 < 0 ? "" : line.substring(t3 + 1);
            places.add(Place.division(code, name, typeOf(level), parent));
        }
        return new Gazetteer(places);
    }

    private static EntityType typeOf(String level) {
        return switch (level) {
            case "province" -> EntityType.Province;
            case "city" -> EntityType.City;
            case "district" -> EntityType.District;
            case "town" -> EntityType.Town;
            default -> throw new IllegalArgumentException("unknown level " + level);
        };
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Place> children(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    /** The place and the divisions above it, innermost first: 闵行区, 上海市. Empty for an unknown code. */
    public List<Place> lineage(String code) {
        List<Place> out = new ArrayList<>(4);
        for (Place p = byCode.get(code); p != null; p = p.parentCode() == null ? null : byCode.get(p.parentCode())) {
            out.add(p);
        }
        return out;
    }

    /** True when {@code ancestor} contains {@code code} (strictly above it in the hierarchy). */
    public boolean contains(String ancestor, String code) {
        Place p = byCode.get(code);
        while (p != null && p.parentCode() != null) {
            if (p.parentCode().equals(ancestor)) {
                return true;
            }
            p = byCode.get(p.parentCode());
        }
        return false;
    }

    /** The places a surface form (full or short name) may stand for; empty when none. */
    public List<Alias> aliases(String surface) {
        return aliases.getOrDefault(surface, List.of());
    }

    /** Whether a surface form names a division or a named region (长三角): a place prefix of a name. */
    public boolean namesPlace(String surface) {
        return aliases.containsKey(surface) || AliasTrie.REGION_FORMS.containsKey(surface);
    }

    /** Every surface form of the index with the places it may stand for. */
    Map<String, List<Alias>> aliasIndex() {
        return Collections.unmodifiableMap(aliases);
    }

    /** The Aho-Corasick matcher over this gazetteer's names, shared by every recogniser using it. */
    AliasTrie trie() {
        AliasTrie t = trie;
        if (t == null) {
            synchronized (this) {
                t = trie;
                if (t == null) {
                    trie = t = new AliasTrie(this);
                }
            }
        }
        return t;
    }

    /** Province-level divisions whose one-character abbreviation (简称) is {@code c}: 沪 → 上海市. */
    public List<Place> provincesByAbbreviation(char c) {
        return provincesByAbbreviation.getOrDefault(c, List.of());
    }

    public int size() {
        return byCode.size();
    }
}
