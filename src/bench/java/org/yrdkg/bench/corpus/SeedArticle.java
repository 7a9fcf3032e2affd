package org.yrdkg.bench.corpus;

import java.util.List;

/**
 * A seed article as a template: its cleaned text, its sentence spans and the slots the generator
 * rewrites, all offsets into {@code text}, slots sorted and disjoint.
 */
record SeedArticle(String name, String text, List<Span> sentences, List<Slot> slots) {

    record Span(int start, int end) {
    }

    SeedArticle {
        sentences = List.copyOf(sentences);
        slots = List.copyOf(slots);
    }
}
