package org.yrdkg.extract.text;

import org.yrdkg.extract.model.EntityType;

/** An official place (or a Region) as the extractor needs it: code, full name, level, parent code. */
public record PlaceRef(String code, String name, EntityType type, String parentCode) {
}
