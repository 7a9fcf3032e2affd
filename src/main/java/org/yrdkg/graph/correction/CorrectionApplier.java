package org.yrdkg.graph.correction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.AfterWrite;
import org.yrdkg.graph.CypherFiles;

/**
 * Applies corrections to the graph and takes them back out. Applying is idempotent, so the same call
 * serves a new correction, an import, and every load: after a document is written (in its transaction,
 * see {@link AfterWrite}) the corrections touching what it wrote are applied again, so re-extraction never
 * undoes them.
 */
@Component
public class CorrectionApplier implements AfterWrite {

    @Override
    public void written(TransactionContext tx, Collection<String> entityIds, Collection<String> factIds) {
        List<Correction> inForce = CorrectionRows.touching(tx, entityIds, factIds);
        if (!inForce.isEmpty()) {
            applyAll(tx, inForce);
        }
    }

    /** Applies corrections in their order: evidence moves first, then the shapes of entities and facts. */
    void applyAll(TransactionContext tx, List<Correction> corrections) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> facts = new LinkedHashSet<>();
        for (Correction c : CurrentIds.of(tx, corrections)) {
            move(tx, c);
            entities.addAll(Touched.entities(c));
            if (c.type().onFact()) {
                facts.add(c.argument("fact"));
            }
        }
        entities.forEach(id -> EntityShaper.reshape(tx, id));
        facts.forEach(id -> FactShaper.reshape(tx, id));
    }

    /** Takes a correction out (it is marked reverted first, so what is reshaped no longer sees it). */
    void revert(TransactionContext tx, Correction named) {
        CorrectionRows.markReverted(tx, named.id());
        Correction c = CurrentIds.of(tx, named);
        switch (c.type()) {
            case MERGE -> {
                var merged = CorrectionRows.snapshot(tx, c.id());
                // identity may since have made the two one entity: then there is nothing to take apart
                if (merged.isPresent() && !c.argument("source").equals(c.argument("target"))) {
                    Map<String, Object> p = new LinkedHashMap<>(merged.get());
                    p.put("id", c.argument("source"));
                    CorrectionRows.run(tx, "entity-create", p);
                    EvidenceMover.moveBack(tx, c, c.argument("source"), c.argument("target"));
                    // when every text naming it has gone meanwhile, loading would not have it either
                    deleteIfUnneeded(tx, c.argument("source"));
                }
            }
            case SPLIT -> {
                String splitOff = Touched.splitOff(c);
                EvidenceMover.moveBack(tx, c, c.argument("entity"), splitOff);
                deleteIfUnneeded(tx, splitOff);
            }
            case REJECT -> FactShaper.restore(tx, c);
            case CONFIRM -> FactShaper.reshape(tx, c.argument("fact"));
            case RENAME, RETYPE, ADD_ALIAS, REMOVE_ALIAS -> {
            }
        }
        Touched.entities(c).forEach(id -> EntityShaper.reshape(tx, id));
    }

    private static void deleteIfUnneeded(TransactionContext tx, String id) {
        tx.run(CypherFiles.query("write/delete-orphans"), Map.of("ids", List.of(id))).consume();
    }

    private static void move(TransactionContext tx, Correction c) {
        switch (c.type()) {
            case MERGE -> {
                String source = c.argument("source");
                var state = CorrectionRows.rows(tx, "entity-state", Map.of("id", source));
                // nothing to merge, or (its texts gone) nothing to merge into: wait for a load that brings both;
                // identity has made them one entity: nothing to do
                if (state.isEmpty() || source.equals(c.argument("target")) || CorrectionRows.rows(tx, "entity-state", Map.of("id", c.argument("target"))).isEmpty()) {
                    return;
                }
                CorrectionRows.saveSnapshot(tx, c.id(), mergedEntity(CorrectionRows.snapshot(tx, c.id()), state.get(0)));
                EvidenceMover.move(tx, c, source, c.argument("target"), null);
                CorrectionRows.run(tx, "entity-delete", Map.of("id", source));
            }
            case SPLIT -> {
                var state = CorrectionRows.rows(tx, "entity-state", Map.of("id", c.argument("entity")));
                if (state.isEmpty()) {
                    return;
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", Touched.splitOff(c));
                p.put("name", c.argument("alias"));
                p.put("aliases", List.of());
                p.put("code", null);
                p.put("type", EntityShaper.typeOf(EntityShaper.strings(state.get(0).get("labels")), "Organization"));
                CorrectionRows.run(tx, "entity-create", p);
                EvidenceMover.move(tx, c, c.argument("entity"), Touched.splitOff(c), c.argument("alias"));
            }
            default -> {
            }
        }
    }

    /** The merged entity as loads gave it (name, type, code; aliases of every load), to recreate on revert. */
    private static Map<String, Object> mergedEntity(Optional<Map<String, Object>> before, Map<String, Object> state) {
        Map<String, Object> out = new LinkedHashMap<>(before.orElseGet(Map::of));
        String name = state.get("baseName") != null ? (String) state.get("baseName") : (String) state.get("name");
        out.putIfAbsent("name", name);
        out.putIfAbsent("type", state.get("baseType") != null ? state.get("baseType")
                : EntityShaper.typeOf(EntityShaper.strings(state.get("labels")), "Organization"));
        out.putIfAbsent("code", state.get("code"));
        List<String> aliases = EntityShaper.strings(out.get("aliases"));
        for (String alias : EntityShaper.strings(state.get("baseAliases") != null ? state.get("baseAliases") : state.get("aliases"))) {
            if (!aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        out.put("aliases", aliases);
        return out;
    }
}
