package org.yrdkg.extract.model;

import java.util.List;

/**
 * One real thing named in a document.
 *
 * @param id       stable across documents: the division code for places, a type+name key otherwise
 * @param name     canonical name (full official form, Simplified)
 * @param aliases  other forms the text uses for it (Simplified), without the name itself
 * @param code     official division code, or null
 * @param mentions where the document names it; empty for hierarchy ancestors not named in the text
 */
public record ExtractedEntity(String id, EntityType type, String name, List<String> aliases, String code,
                              List<Mention> mentions) {

    public ExtractedEntity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
