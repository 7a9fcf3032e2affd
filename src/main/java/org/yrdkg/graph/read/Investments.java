package org.yrdkg.graph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Who invested how much where: the INVESTS_IN facts with totals in yuan, optionally grouped. */
@Component
public class Investments {

    /**
     * @param totalCny    sum of the stated amounts over all matching investments
     * @param count       matching investments
     * @param withAmount  how many of them state an amount
     * @param groups      totals per target or source (empty when not grouped)
     * @param investments the page of investments, largest first
     */
    public record Report(Map<String, Object> target, Map<String, Object> source, Long minAmount, String groupBy,
                         long totalCny, int count, int withAmount, List<Group> groups, int offset, int limit,
                         List<Map<String, Object>> investments) {
    }

    public record Group(String id, String name, long totalCny, int count, int withAmount) {
    }

    private final GraphReader reader;
    private final EntityLookup lookup;

    public Investments(GraphReader reader, EntityLookup lookup) {
        this.reader = reader;
        this.lookup = lookup;
    }

    public Report find(String targetRef, String sourceRef, Long minAmount, String groupBy, int offset, int limit) {
        Map<String, Object> target = endpoint("target", targetRef);
        Map<String, Object> source = endpoint("source", sourceRef);
        Map<String, Object> params = new HashMap<>();
        params.put("target", target == null ? null : target.get("id"));
        params.put("source", source == null ? null : source.get("id"));
        params.put("minAmount", minAmount);
        var rows = reader.rows("read/investments", params);
        long total = 0;
        int withAmount = 0;
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Number amount = (Number) row.get("amountCny");
            total += amount == null ? 0 : amount.longValue();
            withAmount += amount == null ? 0 : 1;
            if (!groupBy.equals("none")) {
                String id = (String) row.get(groupBy + "Id");
                Group g = groups.getOrDefault(id, new Group(id, (String) row.get(groupBy), 0, 0, 0));
                groups.put(id, new Group(id, g.name(), g.totalCny() + (amount == null ? 0 : amount.longValue()),
                        g.count() + 1, g.withAmount() + (amount == null ? 0 : 1)));
            }
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> Long.compare(b.totalCny(), a.totalCny()));
        List<Map<String, Object>> page = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        return new Report(target, source, minAmount, groupBy, total, rows.size(), withAmount, sorted, offset, limit,
                withEvidence(page));
    }

    /** The page's rows with their evidence: read for the page only, not for every investment totalled. */
    private List<Map<String, Object>> withEvidence(List<Map<String, Object>> page) {
        Map<Object, Object> evidence = new HashMap<>();
        var facts = page.stream().map(row -> row.get("factId")).toList();
        for (var row : reader.rows("read/fact-evidence", Map.of("facts", facts, "evidence", GraphReader.EVIDENCE_PER_FACT))) {
            evidence.put(row.get("fact"), row.get("evidence"));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (var row : page) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("factId");
            copy.put("evidence", evidence.getOrDefault(row.get("factId"), List.of()));
            out.add(copy);
        }
        return out;
    }

    private Map<String, Object> endpoint(String parameter, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        return lookup.require(parameter, ref);
    }
}
