package org.yrdkg.graph.correction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.graph.FactRows;

/**
 * Moves what the text says about one entity to another: the mentions (all, or those written as one
 * alias) and the statements of the facts in those sentences, each fact then counted again from its
 * evidence. Every moved mention and statement carries the id of the correction that moved it, so a
 * revert moves exactly those back. Nothing is lost on the way: evidence is moved, never deleted.
 */
final class EvidenceMover {

    /** Properties a moved fact does not take along: counted from evidence again, or the fact's own. */
    private static final List<String> NOT_CARRIED = List.of("id", "key", "mentions", "documentCount", "confirmed", "corrections");

    private EvidenceMover() {
    }

    /** Applies a move: {@code surface} null moves everything (merge), else the mentions written so (split). */
    static void move(TransactionContext tx, Correction c, String from, String to, String surface) {
        transfer(tx, from, to, surface, null, c.id());
    }

    /** Reverts a move: what the correction moved from {@code from} to {@code to} goes back. */
    static void moveBack(TransactionContext tx, Correction c, String from, String to) {
        transfer(tx, to, from, null, c.id(), null);
    }

    @SuppressWarnings("unchecked")
    private static void transfer(TransactionContext tx, String from, String to, String surface, String marked, String mark) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("surface", surface);
        p.put("marked", marked);
        p.put("mark", mark);
        @SuppressWarnings("unchecked")
        Set<String> sentences = new LinkedHashSet<>((List<String>) CorrectionRows.rows(tx, "move-mentions", p).get(0).get("sentences"));
        Set<String> recount = new LinkedHashSet<>();
        for (var fact : CorrectionRows.rows(tx, "entity-facts", Map.of("id", from))) {
            List<String> moving = new ArrayList<>();
            for (Object e : (List<?>) fact.get("evidence")) {
                Map<?, ?> statement = (Map<?, ?>) e;
                String sentence = (String) statement.get("sentence");
                boolean moves = marked != null ? ((List<?>) statement.get("corrections")).contains(marked)
                        : surface == null || sentences.contains(sentence);
                if (moves) {
                    moving.add(sentence);
                }
            }
            String type = (String) fact.get("type");
            String source = from.equals(fact.get("sourceId")) ? to : (String) fact.get("sourceId");
            String target = from.equals(fact.get("targetId")) ? to : (String) fact.get("targetId");
            if (moving.isEmpty() || source.equals(target)) {
                continue;
            }
            if (RelationType.valueOf(type).isSymmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            String key = (String) fact.get("key");
            String newId = FactRows.factId(source, type, target, key == null ? "" : key);
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) fact.get("properties"));
            NOT_CARRIED.forEach(properties::remove);
            Map<String, Object> q = new HashMap<>();
            q.put("sourceId", source);
            q.put("targetId", target);
            q.put("type", type);
            q.put("key", key == null ? "" : key);
            q.put("properties", properties);
            q.put("newId", newId);
            q.put("oldId", fact.get("id"));
            q.put("sentences", moving);
            q.put("marked", marked);
            q.put("mark", mark);
            CorrectionRows.run(tx, "move-fact", q);
            recount.add((String) fact.get("id"));
            recount.add(newId);
        }
        if (!recount.isEmpty()) {
            CorrectionRows.run(tx, "recount-facts", Map.of("ids", new ArrayList<>(recount)));
        }
    }
}
