package org.yrdkg.graph.correction;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.yrdkg.extract.model.RelationType;

/**
 * A correction as it applies to the graph now. It names entities (and facts, whose ids hold their ends'
 * ids) by the ids they had when it was made; identity across documents may since have joined such an
 * entity to another one (a longer name of it arrived). Each id named is read as the entity its form
 * belongs to today, so a correction keeps holding whatever order documents came in.
 */
final class CurrentIds {

    private static final List<String> ENTITY_ARGUMENTS = List.of("entity", "source", "target");

    private CurrentIds() {
    }

    static Correction of(TransactionContext tx, Correction c) {
        return of(tx, List.of(c)).get(0);
    }

    static List<Correction> of(TransactionContext tx, List<Correction> corrections) {
        Set<String> named = new LinkedHashSet<>();
        for (Correction c : corrections) {
            ENTITY_ARGUMENTS.stream().map(c::argument).filter(a -> a != null).forEach(named::add);
            String fact = c.argument("fact");
            if (fact != null) {
                named.addAll(ends(fact));
            }
        }
        if (named.isEmpty()) {
            return corrections;
        }
        Map<String, String> current = new HashMap<>();
        CorrectionRows.rows(tx, "current-entities", Map.of("ids", List.copyOf(named)))
                .forEach(row -> current.put((String) row.get("id"), (String) row.get("entity")));
        return corrections.stream().map(c -> {
            Map<String, String> arguments = new LinkedHashMap<>(c.arguments());
            arguments.replaceAll((name, value) -> ENTITY_ARGUMENTS.contains(name) ? current.getOrDefault(value, value)
                    : name.equals("fact") ? fact(value, current) : value);
            return new Correction(c.id(), c.kind(), c.who(), c.when(), c.why(), arguments, c.reverted());
        }).toList();
    }

    /** The entity ids of a fact's ends (a fact id is source|TYPE|target, then |key for some). */
    static List<String> ends(String factId) {
        String[] parts = factId.split("\\|", -1);
        return parts.length < 3 ? List.of() : List.of(parts[0], parts[2]);
    }

    /** Adds the ends of these facts to these entities. */
    static Set<String> withEnds(Collection<String> entities, Collection<String> facts) {
        Set<String> out = new LinkedHashSet<>(entities);
        facts.forEach(f -> out.addAll(ends(f)));
        return out;
    }

    private static boolean isSymmetric(String type) {
        return Arrays.stream(RelationType.values()).anyMatch(t -> t.name().equals(type) && t.isSymmetric());
    }

    private static String fact(String factId, Map<String, String> current) {
        String[] parts = factId.split("\\|", -1);
        if (parts.length < 3) {
            return factId;
        }
        parts[0] = current.getOrDefault(parts[0], parts[0]);
        parts[2] = current.getOrDefault(parts[2], parts[2]);
        // a symmetric fact's ends are in id order (FactRows), which a new id of one end may turn round
        if (isSymmetric(parts[1]) && parts[0].compareTo(parts[2]) > 0) {
            String first = parts[0];
            parts[0] = parts[2];
            parts[2] = first;
        }
        return String.join("|", parts);
    }
}
