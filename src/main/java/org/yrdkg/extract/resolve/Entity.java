package org.yrdkg.extract.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.text.PlaceRef;

/** An entity being assembled from its mentions in one document. */
public final class Entity {

    private final String id;
    private final EntityType type;
    private String name;
    private final String code;
    private final PlaceRef place;
    private final Set<String> surfaces = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<Long> mentionSpans = new java.util.LinkedHashSet<>();
    /** places the name itself says it lies in (淮南高新区 → 淮南市) */
    final Set<PlaceRef> namedIn = new LinkedHashSet<>();

    Entity(String id, EntityType type, String name, String code, PlaceRef place) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.code = code;
        this.place = place;
    }

    public String id() { return id; }
    public EntityType type() { return type; }
    public String name() { return name; }
    public String code() { return code; }
    /** the official place, or null for organisations */
    public PlaceRef place() { return place; }
    public List<Mention> mentions() { return mentions; }
    public Set<PlaceRef> namedIn() { return namedIn; }

    void rename(String longer) { this.name = longer; }

    void addSurface(String surface) { surfaces.add(surface); }

    void addMention(Mention m) {
        if (mentionSpans.add(((long) m.start() << 32) | m.end())) mentions.add(m);
    }

    public Set<String> surfaces() { return surfaces; }

    public ExtractedEntity toExtracted() {
        List<String> aliases = surfaces.stream().filter(s -> !s.equals(name)).toList();
        return new ExtractedEntity(id, type, name, aliases, code, mentions);
    }
}
