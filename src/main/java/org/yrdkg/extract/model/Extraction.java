package org.yrdkg.extract.model;

import java.util.List;

import org.yrdkg.document.Document;

/**
 * What the extractor found in one document.
 *
 * @param entities  entities the document names, each once
 * @param relations facts between them (text evidence, plus official hierarchy links between named places)
 * @param ancestors places above the named ones in the official hierarchy that the text does not name
 *                  (e.g. the province of a named district); linked by GAZETTEER LOCATED_IN relations
 *                  in {@code hierarchy}
 * @param hierarchy GAZETTEER LOCATED_IN links that involve an ancestor
 * @param warnings  things a person loading the document may want to know
 */
public record Extraction(Document document, List<ExtractedEntity> entities, List<ExtractedRelation> relations,
                         List<ExtractedEntity> ancestors, List<ExtractedRelation> hierarchy,
                         List<String> warnings) {

    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        ancestors = List.copyOf(ancestors);
        hierarchy = List.copyOf(hierarchy);
        warnings = List.copyOf(warnings);
    }
}
