package org.yrdkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arguments for the query phase, picked from the loaded graph with src/bench/cypher/pick-*.cypher: the
 * entities with most facts, search words from real names, connected pairs, investment targets.
 */
record QueryArguments(List<String> hubs, List<String> searchTerms, List<List<String>> pairs,
                      List<String> investmentTargets) {

    static QueryArguments pick(BenchGraph graph, int count) {
        List<Map<String, Object>> hubRows = graph.read("pick-hubs", Map.of("limit", count));
        List<Map<String, Object>> orgs = graph.read("pick-orgs", Map.of("limit", 2 * count));
        List<String> hubs = hubRows.stream().map(r -> (String) r.get("id")).toList();

        // whole names and their first characters, as people type them
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < Math.min(hubRows.size(), orgs.size()); i++) {
            String place = (String) hubRows.get(i).get("name");
            String org = (String) orgs.get(i).get("name");
            terms.add(i % 2 == 0 ? place : org);
            terms.add(org.substring(0, Math.min(4, org.length())));
        }

        // organisations far apart in the mention ranking, paired, kept when connected
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < orgs.size() / 2; i++) {
            candidates.add(List.of((String) orgs.get(i).get("id"), (String) orgs.get(orgs.size() - 1 - i).get("id")));
        }
        List<List<String>> pairs = graph.read("pick-connected", Map.of("pairs", candidates)).stream()
                .map(r -> List.of((String) r.get("from"), (String) r.get("to"))).toList();

        List<String> targets = graph.read("pick-investment-targets", Map.of("limit", count)).stream()
                .map(r -> (String) r.get("id")).toList();
        return new QueryArguments(hubs, terms, pairs, targets);
    }
}
