package org.yrdkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.RelationType;

/** The parameter rows of {@code write/merge-hierarchy} and {@code write/merge-facts} for one document. */
public final class FactRows {

    private FactRows() {
    }

    /**
     * A fact's id: its source, type, target and key (the project, for investments), so the sentences that
     * state it can point at it ({@code STATES {fact}}) without naming the relationship itself, whose
     * internal id Neo4j may reuse after a delete.
     */
    public static String factId(String sourceId, String type, String targetId, String key) {
        return sourceId + "|" + type + "|" + targetId + (key.isEmpty() ? "" : "|" + key);
    }

    /** Official hierarchy links, once each. */
    public static List<Map<String, Object>> hierarchy(List<ExtractedRelation> relations) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ExtractedRelation r : relations) {
            if (r.origin() == ExtractedRelation.Origin.GAZETTEER && !r.sourceId().equals(r.targetId())) {
                String factId = factId(r.sourceId(), RelationType.LOCATED_IN.name(), r.targetId(), "");
                rows.putIfAbsent(factId, Map.of("id", factId, "sourceId", r.sourceId(), "targetId", r.targetId()));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * One row per fact a sentence of this document states; repeated statements merge their evidence.
     * Sorted by fact id, so concurrent writers lock shared facts in the same order. {@code valuesFrom} is the
     * row's first evidence sentence (by id), whose link carries the amount and date the document states:
     * a fact shows those of the first such link of all its documents (see merge-facts).
     */
    public static List<Map<String, Object>> stated(String id, List<ExtractedRelation> relations) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (ExtractedRelation r : relations) {
            if (r.sourceId().equals(r.targetId()) || r.origin() != ExtractedRelation.Origin.TEXT) {
                continue;
            }
            String source = r.sourceId();
            String target = r.targetId();
            if (r.type().isSymmetric() && source.compareTo(target) > 0) {
                source = r.targetId();
                target = r.sourceId();
            }
            String key = r.type() == RelationType.INVESTS_IN && r.project() != null ? r.project() : "";
            String factId = factId(source, r.type().name(), target, key);
            Map<String, Object> row = rows.computeIfAbsent(factId, k -> {
                Map<String, Object> m = new HashMap<>();
                m.put("id", factId);
                m.put("type", r.type().name());
                m.put("key", key);
                m.put("evidence", new ArrayList<String>());
                m.put("confidence", 0.0);
                return m;
            });
            row.put("sourceId", source);
            row.put("targetId", target);
            if (r.sentence() >= 0) {
                @SuppressWarnings("unchecked")
                List<String> evidence = (List<String>) row.get("evidence");
                String sid = DocumentIds.sentence(id, r.sentence());
                if (!evidence.contains(sid)) {
                    evidence.add(sid);
                }
            }
            row.put("confidence", Math.max((double) row.get("confidence"), r.confidence()));
            keepFirst(row, "amountCny", r.amountCny());
            keepFirst(row, "amountQualifier", r.amountQualifier());
            keepFirst(row, "amount", r.amount());
            keepFirst(row, "currency", r.currency());
            keepFirst(row, "project", r.project());
            keepFirst(row, "date", r.date());
        }
        // a fact needs a sentence that states it (provenance); the extractor always gives one
        List<Map<String, Object>> out = rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .filter(row -> !((List<?>) row.get("evidence")).isEmpty())
                .toList();
        for (Map<String, Object> row : out) {
            @SuppressWarnings("unchecked")
            List<String> evidence = (List<String>) row.get("evidence");
            String valuesFrom = evidence.stream().min(String::compareTo).orElseThrow();
            row.put("valuesFrom", valuesFrom);
            row.put("links", links(row, evidence, valuesFrom));
        }
        return out;
    }

    /** The values a fact's first evidence link keeps (see merge-facts). */
    private static final List<String> LINK_VALUES = List.of("amountCny", "amountQualifier", "amount", "currency", "date");

    /**
     * The evidence links merge-facts creates, one per sentence: the first with the values the document states,
     * which the link is created with (a property a statement sets on a link it has just created would make the
     * planner hold every link back until all facts are written).
     */
    private static List<Map<String, Object>> links(Map<String, Object> row, List<String> evidence, String valuesFrom) {
        List<Map<String, Object>> links = new ArrayList<>(evidence.size());
        for (String sentenceId : evidence) {
            Map<String, Object> link = new HashMap<>();
            link.put("sentenceId", sentenceId);
            if (sentenceId.equals(valuesFrom)) {
                LINK_VALUES.forEach(value -> link.put(value, row.get(value)));
            }
            links.add(link);
        }
        return links;
    }

    /** The first statement of a value wins; later repeats of the fact without it keep it. */
    private static void keepFirst(Map<String, Object> row, String key, Object value) {
        if (row.get(key) == null) {
            row.put(key, value);
        }
    }
}
