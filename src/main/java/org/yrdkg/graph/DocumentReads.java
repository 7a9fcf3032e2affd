package org.yrdkg.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Documents as the API shows them: metadata (SDN) and the entities and facts each supports (Cypher). */
@Component
public class DocumentReads {

    public record DocumentDetail(DocumentNode document, Collection<Map<String, Object>> entities,
                                 Collection<Map<String, Object>> facts) {
    }

    private final DocumentRepository documents;
    private final Neo4jClient client;

    public DocumentReads(DocumentRepository documents, Neo4jClient client) {
        this.documents = documents;
        this.client = client;
    }

    public Page<DocumentNode> page(Pageable pageable) {
        return documents.findAll(pageable);
    }

    public Optional<DocumentDetail> detail(String id) {
        return documents.findById(id).map(doc -> new DocumentDetail(doc,
                rows("read/document-entities", id), rows("read/document-facts", id)));
    }

    /** The document's sentences in order with their mentions (offsets within the sentence), empty when unknown. */
    public Optional<Collection<Map<String, Object>>> sentences(String id) {
        return documents.existsById(id) ? Optional.of(rows("read/document-sentences", id)) : Optional.empty();
    }

    private Collection<Map<String, Object>> rows(String query, String id) {
        return List.copyOf(client.query(CypherFiles.query(query)).bind(id).to("id").fetch().all());
    }
}
