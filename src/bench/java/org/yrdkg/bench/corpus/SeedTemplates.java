package org.yrdkg.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.org.HeadNouns;
import org.yrdkg.extract.place.Place;

/**
 * Turns seed articles into templates: the extractor's own mentions say which spans are entities, so
 * the generated text is rewritten exactly where the pipeline will look for names.
 */
final class SeedTemplates {

    private final DeltaPlaces places;
    private final DocumentReader reader = new DocumentReader();
    private final Extractor extractor;

    SeedTemplates(DeltaPlaces places, Extractor extractor) {
        this.places = places;
        this.extractor = extractor;
    }

    /** The .txt/.md/.html seeds of a folder, in name order. */
    List<SeedArticle> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(txt|md|html?)$"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no seed article (.txt, .md, .html) in " + dir);
        }
        List<SeedArticle> out = new ArrayList<>();
        for (Path f : files) {
            out.add(template(reader.read(f)));
        }
        return out;
    }

    SeedArticle template(Document doc) {
        Extraction x = extractor.extract(doc);
        List<SeedArticle.Span> sentences = doc.sentences().stream()
                .map(s -> new SeedArticle.Span(s.start(), s.end())).toList();
        return new SeedArticle(doc.name(), doc.text(), sentences, disjoint(candidates(x)));
    }

    /** Slots for every mention that names one entity alone (闵淮 and 三省一市 name several: left as written). */
    private List<Slot> candidates(Extraction x) {
        Map<Long, List<ExtractedEntity>> bySpan = new LinkedHashMap<>();
        Map<Long, Mention> mentions = new LinkedHashMap<>();
        for (ExtractedEntity e : x.entities()) {
            for (Mention m : e.mentions()) {
                long key = ((long) m.start() << 32) | m.end();
                bySpan.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                mentions.put(key, m);
            }
        }
        List<Slot> slots = new ArrayList<>();
        bySpan.forEach((key, entities) -> {
            if (entities.size() == 1) {
                slots.addAll(slotsOf(entities.get(0), mentions.get(key)));
            }
        });
        return slots;
    }

    private List<Slot> slotsOf(ExtractedEntity e, Mention m) {
        if (e.type().isPlace()) {
            return e.code() == null ? List.of() : places.gazetteer().byCode(e.code())
                    .filter(Place::inDelta).map(p -> placeSlots(p, m)).orElse(List.of());
        }
        return orgSlot(e, m);
    }

    /** 闵行区 / 闵行 / 淮南市政府 (the place is the start) / 杭州余杭 (an ancestor, then the place). */
    private List<Slot> placeSlots(Place p, Mention m) {
        String surface = m.surface();
        for (String form : List.of(p.name(), places.shortName(p))) {
            int at = surface.indexOf(form);
            boolean isShort = !form.equals(p.name());
            if (at == 0) {
                return List.of(new Slot.PlaceName(m.start(), m.start() + form.length(), p, isShort));
            }
            if (at > 0) {
                String prefix = surface.substring(0, at);
                Place ancestor = places.ancestorNamed(prefix, p);
                if (ancestor != null && ancestor.inDelta()) {
                    return List.of(new Slot.PlaceName(m.start(), m.start() + at, ancestor, !prefix.equals(ancestor.name())),
                            new Slot.PlaceName(m.start() + at, m.start() + at + form.length(), p, isShort));
                }
            }
        }
        return List.of();
    }

    private List<Slot> orgSlot(ExtractedEntity e, Mention m) {
        String name = m.surface();
        HeadNouns.Head head = HeadNouns.ALL.stream().filter(h -> name.endsWith(h.text()) && name.length() > h.text().length())
                .findFirst().orElse(null);
        if (head == null) {
            return List.of();
        }
        return List.of(new Slot.OrgName(m.start(), m.end(), e.id(), e.type(), head.text(), prefixOf(name)));
    }

    private Slot.OrgName.Prefix prefixOf(String name) {
        if (name.startsWith("长三角")) {
            return Slot.OrgName.Prefix.REGION;
        }
        for (int len = 2; len <= Math.min(4, name.length() - 2); len++) {
            if (places.named(name.substring(0, len)) != null) {
                return Slot.OrgName.Prefix.PLACE;
            }
        }
        return Slot.OrgName.Prefix.NONE;
    }

    /** Sorted by start; of two overlapping slots the longer (an organisation around a place) wins. */
    private static List<Slot> disjoint(List<Slot> slots) {
        List<Slot> byLength = new ArrayList<>(slots);
        byLength.sort(Comparator.comparingInt((Slot s) -> s.end() - s.start()).reversed()
                .thenComparingInt(Slot::start));
        List<Slot> kept = new ArrayList<>();
        for (Slot s : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Slot::start));
        return kept;
    }
}
