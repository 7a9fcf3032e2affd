package org.yrdkg.graph;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface DocumentRepository extends Neo4jRepository<DocumentNode, String> {
}
