package org.yrdkg.extract.model;

/** Where an entity is named: sentence index and offsets into {@code Document.text()}. */
public record Mention(int sentence, int start, int end, String surface) {
}
