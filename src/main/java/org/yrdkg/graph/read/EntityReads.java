package org.yrdkg.graph.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** One entity as the API shows it, and its facts with their evidence. */
@Component
public class EntityReads {

    /** A page of an entity's facts. */
    public record Relations(String entityId, long total, int offset, int limit, List<Map<String, Object>> relations) {
    }

    private final GraphReader reader;

    public EntityReads(GraphReader reader) {
        this.reader = reader;
    }

    /** Properties, aliases, code, parent chain, mention and document counts; 404 when unknown. */
    public Map<String, Object> detail(String id) {
        return reader.rows("read/entity-detail", Map.of("id", id)).stream().findFirst()
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
        var rows = reader.rows("read/entity-relations", params);
        // an empty page is an unknown entity or one without facts there; only then is it worth asking which
        if (rows.isEmpty() && !exists(id)) {
            throw unknown(id);
        }
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total")).longValue();
        List<Map<String, Object>> relations = rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("total");
            return copy;
        }).toList();
        return new Relations(id, total, offset, limit, relations);
    }

    private boolean exists(String id) {
        return Boolean.TRUE.equals(reader.rows("read/entity-exists", Map.of("id", id)).get(0).get("exists"));
    }

    static NotFoundException unknown(String id) {
        return new NotFoundException("No such entity", "No entity with id '" + id + "'.");
    }
}
