package org.yrdkg.graph.query;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.TypeSystem;

/**
 * About how many bytes a record takes as JSON, measured on the driver's values before they are copied
 * (a row holding a list of ten million numbers is refused without a second copy of it).
 */
final class ResultSize {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private ResultSize() {
    }

    static long of(Record record) {
        long size = 2;
        for (String key : record.keys()) {
            size += key.length() + 4 + of(record.get(key));
        }
        return size;
    }

    static long of(Value value) {
        if (value == null || value.isNull()) {
            return 4;
        }
        if (value.hasType(TYPES.STRING())) {
            return value.asString().length() * 3L + 2; // UTF-8: up to 3 bytes a character for CJK
        }
        if (value.hasType(TYPES.NODE()) || value.hasType(TYPES.RELATIONSHIP())) {
            return 120 + properties(value.hasType(TYPES.NODE()) ? value.asNode() : value.asRelationship());
        }
        if (value.hasType(TYPES.PATH())) {
            long size = 2;
            for (var node : value.asPath().nodes()) {
                size += 120 + properties(node);
            }
            for (var relationship : value.asPath().relationships()) {
                size += 120 + properties(relationship);
            }
            return size;
        }
        // after nodes and relationships, which the driver also counts as maps
        if (value.hasType(TYPES.LIST()) || value.hasType(TYPES.MAP())) {
            long size = 2;
            for (Value element : value.values()) {
                size += of(element) + 1;
            }
            if (value.hasType(TYPES.MAP())) {
                for (String key : value.keys()) {
                    size += key.length() + 4;
                }
            }
            return size;
        }
        return 24;
    }

    private static long properties(Entity entity) {
        long size = 0;
        for (String key : entity.keys()) {
            size += key.length() + 4 + of(entity.get(key));
        }
        return size;
    }
}
