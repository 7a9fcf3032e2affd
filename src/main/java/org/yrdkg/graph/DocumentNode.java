package org.yrdkg.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A loaded document's metadata, read through Spring Data Neo4j. Written only by {@link GraphWriter}. */
@Node("Document")
public record DocumentNode(@Id String id, String name, String title, String source, LocalDate publishedAt,
                           String language, Long chars, String contentHash, ZonedDateTime loadedAt) {
}
