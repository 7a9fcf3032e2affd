package org.yrdkg.extract.resolve;

import java.util.List;
import java.util.Map;

/**
 * The entities of a document and, per sentence, the mentions that name them (in text order).
 *
 * @param roles the contract roles the document gives its parties (甲方, 乙方 in （以下简称“乙方”）): no names of
 *              theirs, but what the role stands for in this document
 */
public record Resolution(List<Entity> entities, List<List<Resolved>> sentences, Map<String, Entity> roles) {
}
