package org.yrdkg.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.RelationType;

/** One shared extractor (loading the gazetteer once) and look-ups over its results. */
final class ExtractorTestSupport {

    static final Extractor EXTRACTOR = new Extractor();

    private ExtractorTestSupport() { }

    static Extraction extract(String text) {
        Document doc = new DocumentReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
        return EXTRACTOR.extract(doc);
    }

    static Optional<ExtractedEntity> entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    static List<String> names(Extraction x) {
        return x.entities().stream().map(ExtractedEntity::name).toList();
    }

    static Optional<ExtractedRelation> relation(Extraction x, String source, RelationType type, String target) {
        return x.relations().stream().filter(r -> r.type() == type
                && (r.source().equals(source) && r.target().equals(target)
                || type.isSymmetric() && r.source().equals(target) && r.target().equals(source))).findFirst();
    }
}
