package org.yrdkg.graph.correction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.yrdkg.extract.model.EntityType;

/**
 * Gives an entity the name, type and aliases that its loads and the corrections in force make, in the
 * corrections' order. What loads gave it is kept beside ({@code baseName}, {@code baseType},
 * {@code baseAliases}; aliases loads add later are told apart from {@code shapedAliases}), so that with no
 * correction left it returns to exactly that, and the extra properties go.
 */
final class EntityShaper {

    static final List<String> TYPE_LABELS = Arrays.stream(EntityType.values()).map(Enum::name).toList();

    private EntityShaper() {
    }

    static void reshape(TransactionContext tx, String id) {
        var rows = CorrectionRows.rows(tx, "entity-state", Map.of("id", id));
        if (rows.isEmpty()) {
            return;
        }
        var state = rows.get(0);
        List<Correction> shaping = CorrectionRows.touching(tx, List.of(id), List.of()).stream()
                .filter(c -> shapes(c, id)).toList();
        String baseName = (String) state.get("baseName");
        String baseType;
        List<String> baseAliases;
        if (baseName == null) {
            if (shaping.isEmpty()) {
                return;
            }
            baseName = (String) state.get("name");
            baseType = typeOf(strings(state.get("labels")), null);
            baseAliases = strings(state.get("aliases"));
        } else {
            baseType = (String) state.get("baseType");
            baseAliases = strings(state.get("baseAliases"));
            // aliases a load added while the entity was shaped belong to what loads give
            List<String> shaped = strings(state.get("shapedAliases"));
            for (String alias : strings(state.get("aliases"))) {
                if (!shaped.contains(alias) && !baseAliases.contains(alias) && !alias.equals(baseName)) {
                    baseAliases.add(alias);
                }
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("typeLabels", TYPE_LABELS);
        if (shaping.isEmpty()) {
            p.put("name", baseName);
            p.put("type", baseType);
            p.put("aliases", baseAliases);
            for (String gone : List.of("baseName", "baseType", "baseAliases", "shapedAliases", "corrections")) {
                p.put(gone, null);
            }
        } else {
            Shape shape = new Shape(baseName, baseType, new ArrayList<>(baseAliases));
            shaping.forEach(c -> shape.apply(tx, c));
            p.put("name", shape.name);
            p.put("type", shape.type);
            p.put("aliases", shape.aliases);
            p.put("baseName", baseName);
            p.put("baseType", baseType);
            p.put("baseAliases", baseAliases);
            p.put("shapedAliases", shape.aliases);
            p.put("corrections", shaping.stream().map(Correction::id).toList());
        }
        CorrectionRows.run(tx, "entity-shape", p);
    }

    /** Whether a correction in force changes this entity's name, type or aliases. */
    private static boolean shapes(Correction c, String id) {
        return switch (c.type()) {
            case RENAME, RETYPE, ADD_ALIAS, REMOVE_ALIAS, SPLIT -> id.equals(c.argument("entity"));
            case MERGE -> id.equals(c.argument("target"));
            case REJECT, CONFIRM -> false;
        };
    }

    static String typeOf(List<String> labels, String fallback) {
        return labels.stream().filter(TYPE_LABELS::contains).findFirst().orElse(fallback);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return list == null ? new ArrayList<>() : new ArrayList<>((List<String>) list);
    }

    private static final class Shape {
        String name;
        String type;
        final List<String> aliases;

        Shape(String name, String type, List<String> aliases) {
            this.name = name;
            this.type = type;
            this.aliases = aliases;
        }

        void apply(TransactionContext tx, Correction c) {
            switch (c.type()) {
                case RENAME -> {
                    String renamed = c.argument("name");
                    if (!renamed.equals(name)) {
                        String old = name;
                        name = renamed;
                        add(old);
                    }
                    aliases.remove(name);
                }
                case RETYPE -> type = c.argument("type");
                case ADD_ALIAS -> add(c.argument("alias"));
                case REMOVE_ALIAS, SPLIT -> aliases.remove(c.argument("alias"));
                case MERGE -> CorrectionRows.snapshot(tx, c.id()).ifPresent(merged -> {
                    add((String) merged.get("name"));
                    strings(merged.get("aliases")).forEach(this::add);
                });
                case REJECT, CONFIRM -> {
                }
            }
        }

        private void add(String alias) {
            if (alias != null && !alias.equals(name) && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
    }
}
