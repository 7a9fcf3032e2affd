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
    public record Report(EntityRef target, EntityRef source, Long minAmount, String groupBy,
                         long totalCny, int count, int withAmount, List<Group> groups, int offset, int limit,
                         List<Investment> investments) {
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
        EntityRef target = endpoint("target", targetRef);
        EntityRef source = endpoint("source", sourceRef);
        Map<String, Object> params = new HashMap<>();
        params.put("target", target == null ? null : target.id());
        params.put("source", source == null ? null : source.id());
        params.put("minAmount", minAmount);
        var rows = reader.read("read/investments", params, Investment.Row::of);
        long total = 0;
        int withAmount = 0;
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Investment.Row row : rows) {
            Investment i = row.investment();
            long amount = i.amountCny() == null ? 0 : i.amountCny();
            int stated = i.amountCny() == null ? 0 : 1;
            total += amount;
            withAmount += stated;
            if (!groupBy.equals("none")) {
                boolean byTarget = groupBy.equals("target");
                String id = byTarget ? i.targetId() : i.sourceId();
                Group g = groups.getOrDefault(id, new Group(id, byTarget ? i.target() : i.source(), 0, 0, 0));
                groups.put(id, new Group(id, g.name(), g.totalCny() + amount, g.count() + 1, g.withAmount() + stated));
            }
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> Long.compare(b.totalCny(), a.totalCny()));
        var page = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        return new Report(target, source, minAmount, groupBy, total, rows.size(), withAmount, sorted, offset, limit,
                withEvidence(page));
    }

    /** The page's investments with their evidence: read for the page only, not for every investment totalled. */
    private List<Investment> withEvidence(List<Investment.Row> page) {
        record FactEvidence(String fact, List<Evidence> sentences) {
        }
        var facts = page.stream().map(Investment.Row::factId).toList();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        reader.read("read/fact-evidence", Map.of("facts", facts, "evidence", GraphReader.EVIDENCE_PER_FACT),
                        row -> new FactEvidence(GraphValues.text(row.get("fact")),
                                GraphValues.list(row.get("evidence"), Evidence::of)))
                .forEach(f -> evidence.put(f.fact(), f.sentences()));
        return page.stream().map(row -> row.investment().withEvidence(evidence.getOrDefault(row.factId(), List.of())))
                .toList();
    }

    private EntityRef endpoint(String parameter, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        return lookup.require(parameter, ref);
    }
}
