package org.yrdkg.extract.resolve;

import java.util.List;

/**
 * The entities of a document and, per sentence, the mentions that name them (in text order).
 */
public record Resolution(List<Entity> entities, List<List<Resolved>> sentences) {
}
