package org.yrdkg.graph.identity;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/**
 * An extraction without its document (the graph holds the sentences), kept as JSON on the document node
 * so the document can be written again when the identity of an entity it names changes, without the
 * file and without extracting again. Evidence text is left out: the sentence index points at it.
 */
public final class StoredExtraction {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record Stored(List<ExtractedEntity> entities, List<ExtractedRelation> relations, List<ExtractedEntity> ancestors,
                  List<ExtractedRelation> hierarchy) {
    }

    private StoredExtraction() {
    }

    public static String toJson(Extraction x) {
        return MAPPER.writeValueAsString(new Stored(x.entities(), x.relations().stream().map(StoredExtraction::withoutText).toList(),
                x.ancestors(), x.hierarchy().stream().map(StoredExtraction::withoutText).toList()));
    }

    /** The stored extraction, with no document. */
    public static Extraction fromJson(String json) {
        Stored s = MAPPER.readValue(json, Stored.class);
        return new Extraction(null, s.entities(), s.relations(), s.ancestors(), s.hierarchy(), List.of());
    }

    private static ExtractedRelation withoutText(ExtractedRelation r) {
        return new ExtractedRelation(r.sourceId(), r.type(), r.targetId(), r.source(), r.target(), r.amountCny(),
                r.amountQualifier(), r.project(), r.date(), r.origin(), r.sentence(), r.start(), r.end(), null,
                r.confidence());
    }
}
