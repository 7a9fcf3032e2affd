package org.yrdkg.extract.text;

import java.util.List;

import org.yrdkg.document.Document;

/** What the extractor needs from the gazetteer; adapted from the place package. */
public interface PlaceSource {

    /** Place mentions of every sentence of the document, indexed like {@code Document.sentences()}. */
    List<List<PlaceHit>> find(Document document);

    /** Official chain above a place, parent first, up to the province (the place itself excluded). */
    List<PlaceRef> ancestors(PlaceRef place);

    /** No places at all: for tests of the organisation stages. */
    PlaceSource NONE = new PlaceSource() {
        @Override
        public List<List<PlaceHit>> find(Document document) {
            return document.sentences().stream().map(s -> List.<PlaceHit>of()).toList();
        }

        @Override
        public List<PlaceRef> ancestors(PlaceRef place) {
            return List.of();
        }
    };
}
