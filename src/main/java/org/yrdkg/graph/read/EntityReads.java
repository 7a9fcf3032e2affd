package org.yrdkg.graph.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** One entity as the API shows it, and its facts with their evidence. */
@Component
public class EntityReads {

    /** A page of an entity's facts. */
    public record Relations(String entityId, long total, int offset, int limit, List<Fact> relations) {
    }

    private final GraphReader reader;

    public EntityReads(GraphReader reader) {
        this.reader = reader;
    }

    /** Properties, aliases, code, parent chain, mention and document counts; 404 when unknown. */
    public EntityDetail detail(String id) {
        return reader.read("read/entity-detail", Map.of("id", id), EntityDetail::of).stream().findFirst()
                .orElseThrow(() -> unknown(id));
    }

    public Relations relations(String id, String type, String direction, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("type", type);
        params.put("direction", direction);
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("evidence", GraphReader.EVIDENCE_PER_FACT);
        // each row carries the number of matching facts beside the fact
        record Row(long total, Fact fact) {
        }
        var rows = reader.read("read/entity-relations", params,
                row -> new Row(GraphValues.whole(row.get("total")), Fact.of(row)));
        // an empty page is an unknown entity or one without facts there; only then is it worth asking which
        if (rows.isEmpty() && !exists(id)) {
            throw unknown(id);
        }
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new Relations(id, total, offset, limit, rows.stream().map(Row::fact).toList());
    }

    private boolean exists(String id) {
        return Boolean.TRUE.equals(reader.rows("read/entity-exists", Map.of("id", id)).get(0).get("exists"));
    }

    static NotFoundException unknown(String id) {
        return new NotFoundException("No such entity", "No entity with id '" + id + "'.");
    }
}
