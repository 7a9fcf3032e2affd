package org.yrdkg.extract;

import java.util.List;

import org.yrdkg.document.Document;

/** Placeholder until the extractor lands: finds nothing. */
public class Extractor {

    public Extraction extract(Document document) {
        return new Extraction(document, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
