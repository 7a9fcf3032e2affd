package org.yrdkg.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.query.QueryGate;

/**
 * The whole pipeline for one document: read (decode, clean, split), extract, write. Reading and
 * extraction happen before the transaction; a document that fails to read changes nothing. At most
 * {@code yrdkg.documents.max-concurrent} documents go through at once (each may hold several times its
 * size in memory); the next waits up to five seconds, then is turned away (503, nothing changed).
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
    private final Supplier<Extractor> extractor;
    private final GraphWriter writer;
    private final QueryGate gate;

    public DocumentLoader(DocumentReader reader, Extractor extractor, GraphWriter writer, int maxConcurrent) {
        this(reader, () -> extractor, writer, maxConcurrent);
    }

    /** The service's: the extractor is still being built while the first requests are answered. */
    @Autowired
    DocumentLoader(DocumentReader reader, BackgroundExtractor extractor, GraphWriter writer,
                   @Value("${yrdkg.documents.max-concurrent:2}") int maxConcurrent) {
        this(reader, (Supplier<Extractor>) extractor, writer, maxConcurrent);
    }

    private DocumentLoader(DocumentReader reader, Supplier<Extractor> extractor, GraphWriter writer, int maxConcurrent) {
        this.reader = reader;
        this.extractor = extractor;
        this.writer = writer;
        this.gate = new QueryGate(maxConcurrent, Duration.ofSeconds(5), "uploads");
    }

    /**
     * @throws org.yrdkg.document.DocumentException when the bytes are not a readable text document
     * @throws QueryGate.BusyException when too many documents are being loaded already
     */
    public Loaded load(String name, byte[] bytes, String source) {
        return gate.run(() -> loadNow(name, bytes, source));
    }

    private Loaded loadNow(String name, byte[] bytes, String source) {
        return write(name, extract(name, bytes), source);
    }

    /** The first half of a load, which needs no graph (the seeds are extracted while Neo4j starts). */
    Extraction extract(String name, byte[] bytes) {
        return extractor.get().extract(reader.read(name, bytes));
    }

    /** The second half of a load: what {@link #extract} found, written. */
    Loaded write(String name, Extraction extraction, String source) {
        return writeAll(List.of(name), List.of(extraction), List.of(source)).get(0);
    }

    /** Several documents' second halves in one transaction (the seeds: one commit and one planning pass, not five). */
    List<Loaded> writeAll(List<String> names, List<Extraction> extractions, List<String> sources) {
        List<GraphWriter.Written> written = writer.writeAll(extractions, sources);
        List<Loaded> loaded = new java.util.ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            GraphWriter.Written w = written.get(i);
            loaded.add(new Loaded(w.documentId(), names.get(i), w.outcome(), w.sentences(), w.entities(), w.facts(),
                    extractions.get(i).warnings()));
        }
        return loaded;
    }

    public boolean unload(String documentId) {
        return writer.delete(documentId);
    }
}
