package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.org.EnumerationTyping;
import org.yrdkg.extract.org.InvestorNames;
import org.yrdkg.extract.org.OrgNameRecognizer;
import org.yrdkg.extract.org.Project;
import org.yrdkg.extract.org.ProjectOwners;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.relate.RelationFinder;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.EntityResolver;
import org.yrdkg.extract.resolve.Resolution;
import org.yrdkg.extract.resolve.Resolved;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.PlaceSource;
import org.yrdkg.extract.text.RecognizedPlaces;
import org.yrdkg.extract.text.SentenceView;
import org.yrdkg.extract.text.Tokenizer;

/**
 * The extractor: recognise (places, organisation names, project owners) → resolve (one entity per
 * thing) → relate (cooperation, investment, location, official hierarchy). Thread-safe: build one and
 * call {@link #extract} from any number of threads.
 *
 * <pre>{@code
 * Extraction x = new Extractor().extract(new DocumentReader().read(name, bytes));
 * }</pre>
 */
public final class Extractor {

    private final PlaceSource places;
    private final Tokenizer tokenizer = new Tokenizer();
    private final OrgNameRecognizer orgNames = new OrgNameRecognizer();
    private final EnumerationTyping enumerations = new EnumerationTyping();
    private final ProjectOwners projectOwners = new ProjectOwners();
    private final InvestorNames investorNames = new InvestorNames();
    private final EntityResolver resolver;
    private final RelationFinder relations;

    /** An extractor over the bundled gazetteer of China's divisions. */
    public Extractor() {
        this(Gazetteer.shared());
    }

    public Extractor(Gazetteer gazetteer) {
        this(new RecognizedPlaces(gazetteer));
    }

    /** An extractor over any source of places (tests use {@link PlaceSource#NONE}). */
    public Extractor(PlaceSource places) {
        this.places = places;
        this.resolver = new EntityResolver(places);
        this.relations = new RelationFinder(places);
    }

    public Extraction extract(Document document) {
        List<List<PlaceHit>> placeHits = places.find(document);
        List<SentenceView> views = new ArrayList<>();
        List<List<NameSpan>> spans = new ArrayList<>();
        List<List<Project>> projects = new ArrayList<>();
        boolean continues = false;
        for (Sentence s : document.sentences()) {
            // 「」『』 are quotes too (Traditional texts); same length, so offsets stay
            String text = s.normalized().replace('「', '“').replace('」', '”').replace('『', '“').replace('』', '”');
            SentenceView v = new SentenceView(s, text, () -> tokenizer.tokenize(text), placeHits.get(s.index()), continues);
            views.add(v);
            spans.add(recognise(v, projects));
            continues = s.end() > 0 && ";；".indexOf(document.text().charAt(s.end() - 1)) >= 0;
        }
        Resolution resolution = resolver.resolve(views, spans);
        RelationFinder.Result related = relations.find(views, resolution, projects);
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (var r : related.relations()) {
            linked.add(r.sourceId());
            linked.add(r.targetId());
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        List<ExtractedEntity> entities = resolution.entities().stream()
                .filter(e -> linked.contains(e.id()) || !onlyInsideNames(e, resolution, views))
                .map(Entity::toExtracted).peek(e -> kept.add(e.id())).toList();
        // the official hierarchy above a dropped place goes with it: keep the chains that start at a kept entity
        List<ExtractedRelation> hierarchy = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ExtractedRelation link : related.hierarchy()) {
                if (kept.contains(link.sourceId()) && !hierarchy.contains(link)) {
                    hierarchy.add(link);
                    grew |= kept.add(link.targetId());
                }
            }
        }
        List<ExtractedEntity> ancestors = related.ancestors().stream().filter(a -> kept.contains(a.id())).toList();
        hierarchy.sort(java.util.Comparator.comparingInt(related.hierarchy()::indexOf));
        return new Extraction(document, entities, related.relations(), ancestors, hierarchy, List.of());
    }

    /**
     * 通沪产业园, 某大学某地研究院: a place read only inside longer names, which say nothing of where they are,
     * is no mention of its own (the annotation guide's rule); it stays when a relation needs it.
     */
    private static boolean onlyInsideNames(Entity e, Resolution resolution, List<SentenceView> views) {
        if (!e.type().isPlace() || e.type() == EntityType.Region) return false; // 长三角 is what a 长三角… name is about
        // a place read only as part of a name gets no mention of its own
        if (e.mentions().isEmpty()) return true;
        for (var m : e.mentions()) {
            boolean inside = false;
            Sentence s = views.get(m.sentence()).sentence();
            for (Resolved r : resolution.sentences().get(m.sentence())) {
                // mentions hold document offsets, resolved spans the sentence's own
                int start = s.toDocumentOffset(r.start()), end = r.end() >= views.get(m.sentence()).text().length()
                        ? s.end() : s.toDocumentOffset(r.end());
                if (!r.isGroup() && !r.entity().type().isPlace() && start <= m.start() && m.end() <= end
                        && end - start > m.end() - m.start()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) return false;
        }
        return true;
    }

    private List<NameSpan> recognise(SentenceView v, List<List<Project>> projects) {
        List<NameSpan> names = new ArrayList<>();
        for (PlaceHit p : v.places()) {
            names.add(new NameSpan(v.index(), p.start(), p.end(), p.surface(), p.places().get(0).type(), p.places(),
                    NameSpan.Kind.PLACE));
        }
        List<NameSpan> orgs = new ArrayList<>(orgNames.recognize(v));
        List<Project> found = projectOwners.find(v);
        projects.add(found);
        if (!found.isEmpty()) {
            for (Project p : found) {
                // the company a project is named after wins over a park name read into the project name
                if (p.owner() != null) {
                    if (p.keepsParts()) {
                        orgs.add(p.owner());
                        continue;
                    }
                    orgs.removeIf(o -> o.overlaps(p.owner().start(), p.owner().end()) && o.start() >= p.start() && o.end() <= p.end()
                            && o.type() != EntityType.Company);
                    if (orgs.stream().noneMatch(o -> o.overlaps(p.owner().start(), p.owner().end()))) orgs.add(p.owner());
                }
            }
        }
        List<NameSpan> known = new ArrayList<>(names);
        known.addAll(orgs);
        orgs.addAll(enumerations.recognize(v, known));
        known.addAll(orgs);
        orgs.addAll(investorNames.find(v, known));
        // an organisation name swallows the places it starts with; a place standing alone stays a place
        java.util.Set<Long> orgSpans = new java.util.LinkedHashSet<>();
        for (NameSpan o : orgs) orgSpans.add(((long) o.start() << 32) | o.end());
        names.removeIf(p -> orgSpans.contains(((long) p.start() << 32) | p.end()));
        names.addAll(orgs);
        names.sort(java.util.Comparator.comparingInt(NameSpan::start));
        return names;
    }
}
