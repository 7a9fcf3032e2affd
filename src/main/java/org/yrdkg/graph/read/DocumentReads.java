package org.yrdkg.graph.read;

import static org.yrdkg.graph.read.GraphValues.decimal;
import static org.yrdkg.graph.read.GraphValues.list;
import static org.yrdkg.graph.read.GraphValues.text;
import static org.yrdkg.graph.read.GraphValues.whole;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.DocumentNode;
import org.yrdkg.graph.DocumentRepository;

/** Documents as the API shows them: metadata (SDN) and the entities and facts each supports (Cypher). */
@Component
public class DocumentReads {

    public record DocumentDetail(DocumentNode document, List<MentionedEntity> entities, List<SupportedFact> facts) {
    }

    /** An entity the document mentions, and how often ({@code cypher/read/document-entities.cypher}). */
    public record MentionedEntity(String id, String name, String type, long mentions) {

        static MentionedEntity of(MapAccessor row) {
            return new MentionedEntity(text(row.get("id")), text(row.get("name")), text(row.get("type")),
                    whole(row.get("mentions")));
        }
    }

    /** A fact the document supports, with its sentences in this document ({@code cypher/read/document-facts.cypher}). */
    public record SupportedFact(String sourceId, String source, String type, String targetId, String target, Long amountCny,
                                String amountQualifier, String project, String date, String origin, Double confidence,
                                List<StatingSentence> evidence) {

        static SupportedFact of(MapAccessor row) {
            return new SupportedFact(text(row.get("sourceId")), text(row.get("source")), text(row.get("type")),
                    text(row.get("targetId")), text(row.get("target")), whole(row.get("amountCny")),
                    text(row.get("amountQualifier")), text(row.get("project")), text(row.get("date")),
                    text(row.get("origin")), decimal(row.get("confidence")), list(row.get("evidence"), StatingSentence::of));
        }
    }

    /** A sentence of the document that states the fact: its place in the document and its text. */
    public record StatingSentence(String id, long index, String text, long start, long end) {

        static StatingSentence of(Value v) {
            return new StatingSentence(GraphValues.text(v.get("id")), whole(v.get("index")), GraphValues.text(v.get("text")),
                    whole(v.get("start")), whole(v.get("end")));
        }
    }

    /** A sentence of the document in order, with its mentions ({@code cypher/read/document-sentences.cypher}). */
    public record DocumentSentence(long index, long start, long end, String text, List<SentenceMention> mentions) {

        static DocumentSentence of(MapAccessor row) {
            return new DocumentSentence(whole(row.get("index")), whole(row.get("start")), whole(row.get("end")),
                    GraphValues.text(row.get("text")), list(row.get("mentions"), SentenceMention::of));
        }
    }

    /** A mention in a sentence: offsets within the sentence, the words, the entity and its type. */
    public record SentenceMention(long start, long end, String surface, String entityId, String name, String type) {

        static SentenceMention of(Value v) {
            return new SentenceMention(whole(v.get("start")), whole(v.get("end")), text(v.get("surface")),
                    text(v.get("entityId")), text(v.get("name")), text(v.get("type")));
        }
    }

    private final DocumentRepository documents;
    private final GraphReader reader;

    public DocumentReads(DocumentRepository documents, GraphReader reader) {
        this.documents = documents;
        this.reader = reader;
    }

    public Page<DocumentNode> page(Pageable pageable) {
        return documents.findAll(pageable);
    }

    public Optional<DocumentDetail> detail(String id) {
        return documents.findById(id).map(doc -> new DocumentDetail(doc,
                reader.read("read/document-entities", Map.of("id", id), MentionedEntity::of),
                reader.read("read/document-facts", Map.of("id", id), SupportedFact::of)));
    }

    /** The document's sentences in order with their mentions (offsets within the sentence), empty when unknown. */
    public Optional<List<DocumentSentence>> sentences(String id) {
        return documents.existsById(id)
                ? Optional.of(reader.read("read/document-sentences", Map.of("id", id), DocumentSentence::of))
                : Optional.empty();
    }
}
