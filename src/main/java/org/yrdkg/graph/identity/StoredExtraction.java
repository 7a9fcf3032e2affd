package org.yrdkg.graph.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/**
 * An extraction without its document (the graph holds the sentences), kept as gzipped JSON on the document
 * node so the document can be written again when the identity of an entity it names changes, without the
 * file and without extracting again. Evidence text is left out: the sentence index points at it. Gzipped
 * because the JSON (every mention, every relation with its names) is several times the article's text and
 * was the largest thing a load wrote per document; a store written before keeps plain JSON, still read.
 */
public final class StoredExtraction {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record Stored(List<ExtractedEntity> entities, List<ExtractedRelation> relations, List<ExtractedEntity> ancestors,
                  List<ExtractedRelation> hierarchy) {
    }

    private StoredExtraction() {
    }

    /** The extraction as the document node keeps it: gzipped JSON. */
    public static byte[] toBytes(Extraction x) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            MAPPER.writeValue(gzip, new Stored(x.entities(), x.relations().stream().map(StoredExtraction::withoutText).toList(),
                    x.ancestors(), x.hierarchy().stream().map(StoredExtraction::withoutText).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The stored extraction (gzipped JSON, or the plain JSON of an earlier store), with no document. */
    public static Extraction from(Object stored) {
        Stored s;
        if (stored instanceof byte[] bytes) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                s = MAPPER.readValue(in, Stored.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            s = MAPPER.readValue((String) stored, Stored.class);
        }
        return new Extraction(null, s.entities(), s.relations(), s.ancestors(), s.hierarchy(), List.of());
    }

    private static ExtractedRelation withoutText(ExtractedRelation r) {
        return new ExtractedRelation(r.sourceId(), r.type(), r.targetId(), r.source(), r.target(), r.amountCny(),
                r.amountQualifier(), r.project(), r.date(), r.origin(), r.sentence(), r.start(), r.end(), null,
                r.confidence());
    }
}
