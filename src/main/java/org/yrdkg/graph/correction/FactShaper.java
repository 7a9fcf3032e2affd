package org.yrdkg.graph.correction;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Rejected and confirmed facts. A rejected fact's relationship is taken out (so no read sees it) and kept
 * in the correction's snapshot; the sentences that state it keep their {@code STATES} links, so its evidence
 * stays inspectable, and a load that states it again has it taken out again. Confirmed facts carry
 * {@code confirmed: true} and the ids of the corrections.
 */
final class FactShaper {

    /** Properties that are counted from evidence or set by corrections, not part of what a fact says. */
    private static final List<String> DERIVED = List.of("mentions", "documentCount", "origin", "confirmed", "corrections");

    private FactShaper() {
    }

    static void reshape(TransactionContext tx, String factId) {
        List<Correction> inForce = CorrectionRows.touching(tx, List.of(), List.of(factId)).stream()
                .filter(c -> c.type().onFact() && factId.equals(c.argument("fact"))).toList();
        var found = CorrectionRows.rows(tx, "fact", Map.of("id", factId));
        if (found.isEmpty()) {
            return;
        }
        var rejects = inForce.stream().filter(c -> c.type() == CorrectionKind.REJECT).toList();
        if (!rejects.isEmpty()) {
            Correction reject = rejects.get(0);
            Map<String, Object> snapshot = CorrectionRows.snapshot(tx, reject.id()).orElseGet(LinkedHashMap::new);
            CorrectionRows.saveSnapshot(tx, reject.id(), merged(snapshot, found.get(0)));
            CorrectionRows.run(tx, "fact-delete", Map.of("id", factId));
            return;
        }
        var confirms = inForce.stream().filter(c -> c.type() == CorrectionKind.CONFIRM).map(Correction::id).toList();
        Map<String, Object> p = new HashMap<>();
        p.put("id", factId);
        p.put("confirmed", confirms.isEmpty() ? null : true);
        p.put("corrections", confirms.isEmpty() ? null : confirms);
        CorrectionRows.run(tx, "fact-mark", p);
    }

    /** Puts a rejected fact back as loads would have it: its properties, counters from its evidence. */
    static void restore(TransactionContext tx, Correction reject) {
        String factId = reject.argument("fact");
        boolean stillRejected = CorrectionRows.touching(tx, List.of(), List.of(factId)).stream()
                .anyMatch(c -> c.type() == CorrectionKind.REJECT && factId.equals(c.argument("fact")));
        var snapshot = CorrectionRows.snapshot(tx, reject.id());
        if (!stillRejected && snapshot.isPresent()) {
            Map<String, Object> fact = snapshot.get();
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) fact.get("properties");
            long statements = (Long) CorrectionRows.rows(tx, "fact-evidence-count", Map.of("id", factId)).get(0).get("statements");
            if (statements > 0 || properties.get("official") != null) {
                // between the ends as identity has them now (the fact's id is read through CurrentIds)
                List<String> ends = CurrentIds.ends(factId);
                Map<String, Object> now = new HashMap<>(properties);
                now.put("id", factId);
                Map<String, Object> p = new HashMap<>();
                p.put("sourceId", ends.get(0));
                p.put("targetId", ends.get(1));
                p.put("type", fact.get("type"));
                p.put("key", properties.get("key"));
                p.put("properties", now);
                CorrectionRows.run(tx, "fact-restore", p);
                CorrectionRows.run(tx, "recount-facts", Map.of("ids", List.of(factId)));
            }
        }
        reshape(tx, factId);
    }

    /**
     * The fact as loads have stated it so far: what a later load states wins where it says something (as
     * {@code merge-facts} does), the highest confidence stays.
     */
    private static Map<String, Object> merged(Map<String, Object> snapshot, Map<String, Object> fact) {
        Map<String, Object> out = new LinkedHashMap<>(snapshot);
        out.put("type", fact.get("type"));
        out.put("sourceId", fact.get("sourceId"));
        out.put("targetId", fact.get("targetId"));
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) snapshot.getOrDefault("properties", Map.of());
        Map<String, Object> properties = new LinkedHashMap<>(before);
        ((Map<?, ?>) fact.get("properties")).forEach((k, v) -> {
            String key = (String) k;
            if (DERIVED.contains(key) || v == null) {
                return;
            }
            if (key.equals("confidence") && before.get(key) instanceof Number old && old.doubleValue() > ((Number) v).doubleValue()) {
                return;
            }
            properties.put(key, v);
        });
        out.put("properties", properties);
        return out;
    }
}
