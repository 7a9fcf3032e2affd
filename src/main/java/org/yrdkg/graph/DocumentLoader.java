package org.yrdkg.graph;

import java.util.List;

import org.springframework.stereotype.Service;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.Extractor;

/**
 * The whole pipeline for one document: read (decode, clean, split), extract, write. Reading and
 * extraction happen before the transaction; a document that fails to read changes nothing.
 */
@Service
public class DocumentLoader {

    /**
     * What happened to one document: {@code entities} its sentences mention and {@code relations} (facts) they
     * state, counted as its view ({@code GET /api/documents/{id}}) shows them.
     */
    public record Loaded(String documentId, String name, GraphWriter.Outcome outcome, int sentences,
                         int entities, int relations, List<String> warnings) {
    }

    private final DocumentReader reader;
    private final Extractor extractor;
    private final GraphWriter writer;

    public DocumentLoader(DocumentReader reader, Extractor extractor, GraphWriter writer) {
        this.reader = reader;
        this.extractor = extractor;
        this.writer = writer;
    }

    /** @throws org.yrdkg.document.DocumentException when the bytes are not a readable text document */
    public Loaded load(String name, byte[] bytes, String source) {
        Extraction extraction = extractor.extract(reader.read(name, bytes));
        GraphWriter.Written written = writer.write(extraction, source);
        return new Loaded(written.documentId(), name, written.outcome(), written.sentences(), written.entities(),
                written.facts(), extraction.warnings());
    }

    public boolean unload(String documentId) {
        return writer.delete(documentId);
    }
}
