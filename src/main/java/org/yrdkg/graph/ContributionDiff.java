package org.yrdkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a document written again must change in the graph when the entity some of its names belong to
 * changed: its mentions and facts under the current identities against those its sentences hold now. Only
 * the difference is taken out and written; the rest of the document (most of it: its places, its other
 * names) stays as it is, so a rewrite costs what moved, not a whole document.
 * <p>
 * Mentions are compared by sentence, span and entity; facts by id and evidence sentences. A mention or
 * fact that differs at all is taken out whole and written whole, exactly as detaching and writing the
 * document would.
 *
 * @param goneMentions one row per mention to take out (sentence, span, entity: every copy of it goes)
 * @param newMentions  the rows of {@code write/create-mentions} to write
 * @param goneFacts    the document's share to take out of these facts ({@code identity/unstate-facts} rows)
 * @param newFacts     the rows of {@code write/merge-facts} to write
 * @param entityIds    the entities the new rows name (they must exist before the mentions and facts)
 */
record ContributionDiff(List<Map<String, Object>> goneMentions, List<Map<String, Object>> newMentions,
                        List<Map<String, Object>> goneFacts, List<Map<String, Object>> newFacts,
                        Set<String> entityIds) {

    /**
     * @param mentionsNow the document's mentions in the graph ({@code sentenceId, start, end, entityId})
     * @param statesNow   the document's evidence links in the graph ({@code sentenceId, fact})
     * @param mentions    its mention rows under the current identities
     * @param facts       its fact rows under the current identities ({@link FactRows#stated})
     */
    static ContributionDiff of(String documentId, List<Map<String, Object>> mentionsNow, List<Map<String, Object>> statesNow,
                               List<Map<String, Object>> mentions, List<Map<String, Object>> facts) {
        Map<String, List<Map<String, Object>>> before = byMention(mentionsNow);
        Map<String, List<Map<String, Object>>> after = byMention(mentions);
        List<Map<String, Object>> goneMentions = new ArrayList<>();
        List<Map<String, Object>> newMentions = new ArrayList<>();
        Set<String> entityIds = new HashSet<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            List<Map<String, Object>> was = before.getOrDefault(key, List.of());
            List<Map<String, Object>> is = after.getOrDefault(key, List.of());
            if (was.size() == is.size()) {
                continue;
            }
            if (!was.isEmpty()) {
                goneMentions.add(was.get(0));
            }
            newMentions.addAll(is);
            is.forEach(m -> entityIds.add((String) m.get("entityId")));
        }

        Map<String, List<String>> evidenceBefore = new HashMap<>();
        for (Map<String, Object> st : statesNow) {
            evidenceBefore.computeIfAbsent((String) st.get("fact"), f -> new ArrayList<>()).add((String) st.get("sentenceId"));
        }
        Map<String, Map<String, Object>> factsAfter = new TreeMap<>();
        facts.forEach(row -> factsAfter.put((String) row.get("id"), row));
        List<Map<String, Object>> goneFacts = new ArrayList<>();
        List<Map<String, Object>> newFacts = new ArrayList<>();
        Set<String> factIds = new HashSet<>(evidenceBefore.keySet());
        factIds.addAll(factsAfter.keySet());
        for (String fact : factIds) {
            List<String> was = sorted(evidenceBefore.get(fact));
            Map<String, Object> row = factsAfter.get(fact);
            @SuppressWarnings("unchecked")
            List<String> is = row == null ? null : sorted((List<String>) row.get("evidence"));
            if (Objects.equals(was, is)) {
                continue;
            }
            if (was != null) {
                goneFacts.add(Map.of("documentId", documentId, "fact", fact));
            }
            if (row != null) {
                newFacts.add(row);
                entityIds.add((String) row.get("sourceId"));
                entityIds.add((String) row.get("targetId"));
            }
        }
        // merge-facts locks shared facts in id order, as a whole document's rows do
        newFacts.sort(java.util.Comparator.comparing(row -> (String) row.get("id")));
        return new ContributionDiff(goneMentions, newMentions, goneFacts, newFacts, entityIds);
    }

    private static Map<String, List<Map<String, Object>>> byMention(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        for (Map<String, Object> m : rows) {
            String key = m.get("sentenceId") + "\u0000" + ((Number) m.get("start")).longValue() + "\u0000"
                    + ((Number) m.get("end")).longValue() + "\u0000" + m.get("entityId");
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static List<String> sorted(List<String> evidence) {
        if (evidence == null) {
            return null;
        }
        List<String> out = new ArrayList<>(evidence);
        out.sort(null);
        return out;
    }
}
