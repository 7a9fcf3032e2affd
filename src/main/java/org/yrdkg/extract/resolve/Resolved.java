package org.yrdkg.extract.resolve;

import java.util.List;

import org.yrdkg.extract.text.NameSpan;

/** A mention in a sentence with the entity (or, for group forms such as 沪苏浙皖, entities) it names. */
public record Resolved(NameSpan span, List<Entity> entities) {

    public Resolved {
        entities = List.copyOf(entities);
    }

    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public boolean isGroup() { return entities.size() > 1; }

    public Entity entity() { return entities.get(0); }
}
