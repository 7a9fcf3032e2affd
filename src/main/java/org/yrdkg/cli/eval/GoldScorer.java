package org.yrdkg.cli.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference scorer ({@code score.py}) in Java: entities (untyped, typed, per type), relations per type
 * and overall, amounts, and the misses. Predictions and gold are JSON objects in the gold format.
 */
public final class GoldScorer {

    public static final List<String> RELATION_TYPES = List.of("COOPERATES_WITH", "INVESTS_IN", "LOCATED_IN");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, JsonNode> gold = new TreeMap<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, List<String>> misses = new LinkedHashMap<>();

    public GoldScorer(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode g = MAPPER.readTree(f.toFile());
                gold.put(g.get("doc").asString(), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String n : List.of("entities", "entities_typed", "COOPERATES_WITH", "INVESTS_IN", "LOCATED_IN", "relations", "amounts")) {
            tallies.put(n, new Tally());
        }
        for (String m : List.of("missed_entities", "false_entities", "missed_relations", "false_relations",
                "false_amounts")) {
            misses.put(m, new ArrayList<>());
        }
    }

    public Set<String> documents() {
        return gold.keySet();
    }

    public static JsonNode toTree(Object prediction) {
        return MAPPER.valueToTree(prediction);
    }

    public Map<String, Tally> tallies() { return tallies; }

    public Map<String, List<String>> misses() { return misses; }

    /** Scores one predicted document; returns false when the gold has no such document. */
    public boolean score(JsonNode pred) {
        String doc = Path.of(pred.path("doc").asString("")).getFileName().toString();
        JsonNode g = gold.get(doc);
        if (g == null) return false;
        String tag = doc.length() >= 3 ? doc.substring(0, 3) + ":" : doc + ":";
        Map<String, String> res = resolver(g);
        Map<String, String> goldTypes = new HashMap<>();
        Set<String> required = new HashSet<>();
        for (JsonNode e : g.get("entities")) {
            goldTypes.put(e.get("name").asString(), e.get("type").asString());
            if (e.path("required").asBoolean(true)) required.add(e.get("name").asString());
        }
        Set<String> seenU = new HashSet<>(), seenT = new HashSet<>();
        int correctU = 0, correctT = 0, n = 0;
        for (JsonNode e : pred.path("entities")) {
            n++;
            String canon = null;
            List<String> forms = new ArrayList<>(List.of(e.path("name").asString("")));
            for (JsonNode a : e.path("aliases")) forms.add(a.asString());
            for (String f : forms) {
                canon = res.get(Fold.fold(f));
                if (canon != null) break;
            }
            String type = e.path("type").asString("");
            if (canon != null) {
                correctU++;
                seenU.add(canon);
                boolean typed = type.equals(goldTypes.get(canon));
                if (typed) {
                    correctT++;
                    seenT.add(canon);
                }
                typeTally(type).add(typed ? 1 : 0, 1, 0, 0);
            } else {
                misses.get("false_entities").add(tag + e.path("name").asString());
                typeTally(type).add(0, 1, 0, 0);
            }
        }
        for (String r : required) {
            typeTally(goldTypes.get(r)).add(0, 0, seenT.contains(r) ? 1 : 0, 1);
            if (!seenU.contains(r)) misses.get("missed_entities").add(tag + r);
        }
        tallies.get("entities").add(correctU, n, (int) required.stream().filter(seenU::contains).count(), required.size());
        tallies.get("entities_typed").add(correctT, n, (int) required.stream().filter(seenT::contains).count(), required.size());

        Map<List<String>, JsonNode> goldAll = new HashMap<>();
        Set<List<String>> goldReq = new HashSet<>();
        for (JsonNode r : g.get("relations")) {
            List<String> k = key(r.get("source").asString(), r.get("type").asString(), r.get("target").asString());
            goldAll.put(k, r);
            if (r.path("required").asBoolean(true)) goldReq.add(k);
        }
        Set<List<String>> predKeys = new HashSet<>();
        for (JsonNode r : pred.path("relations")) {
            String s = res.get(Fold.fold(r.path("source").asString(""))), t = res.get(Fold.fold(r.path("target").asString("")));
            predKeys.add(key(s != null ? s : "?" + r.path("source").asString(""), r.path("type").asString(""),
                    t != null ? t : "?" + r.path("target").asString("")));
        }
        for (String type : RELATION_TYPES) {
            int tp = 0, np = 0, tr = 0, nr = 0;
            for (List<String> k : predKeys) {
                if (!k.get(1).equals(type)) continue;
                np++;
                if (goldAll.containsKey(k)) tp++;
                else misses.get("false_relations").add(tag + String.join("-", k));
            }
            for (List<String> k : goldReq) {
                if (!k.get(1).equals(type)) continue;
                nr++;
                if (predKeys.contains(k)) tr++;
                else misses.get("missed_relations").add(tag + String.join("-", k));
            }
            tallies.get(type).add(tp, np, tr, nr);
            tallies.get("relations").add(tp, np, tr, nr);
        }
        scoreAmounts(pred, res, goldAll, goldReq, tag);
        return true;
    }

    /**
     * As score.py: precision over the amounts stated on predicted investments that match a gold one (an amount
     * where the gold has none, such as a group's total on each member, is wrong); recall over the required gold
     * investments that state an amount.
     */
    private void scoreAmounts(JsonNode pred, Map<String, String> res, Map<List<String>, JsonNode> goldAll,
                              Set<List<String>> goldReq, String tag) {
        Map<List<String>, Set<Long>> got = new LinkedHashMap<>();
        for (JsonNode r : pred.path("relations")) {
            if (!"INVESTS_IN".equals(r.path("type").asString("")) || !r.path("amount_cny").isNumber()) continue;
            List<String> k = key(res.get(Fold.fold(r.path("source").asString(""))), "INVESTS_IN",
                    res.get(Fold.fold(r.path("target").asString(""))));
            if (goldAll.containsKey(k)) got.computeIfAbsent(k, x -> new HashSet<>()).add(r.path("amount_cny").asLong());
        }
        int rightP = 0, stated = 0, rightR = 0, wanted = 0;
        for (Map.Entry<List<String>, Set<Long>> e : got.entrySet()) {
            JsonNode want = goldAll.get(e.getKey()).get("amount_cny");
            for (long amount : e.getValue()) {
                stated++;
                if (want != null && want.isNumber() && want.asLong() == amount) rightP++;
                else misses.get("false_amounts").add(tag + String.join("-", e.getKey()) + "=" + amount);
            }
        }
        for (List<String> k : goldReq) {
            JsonNode want = goldAll.get(k).get("amount_cny");
            if (!k.get(1).equals("INVESTS_IN") || want == null || !want.isNumber()) continue;
            wanted++;
            if (got.getOrDefault(k, Set.of()).contains(want.asLong())) rightR++;
        }
        tallies.get("amounts").add(rightP, stated, rightR, wanted);
    }

    private Tally typeTally(String type) {
        return tallies.computeIfAbsent("type:" + type, k -> new Tally());
    }

    private static List<String> key(String s, String type, String t) {
        if ("COOPERATES_WITH".equals(type) && t != null && s != null && t.compareTo(s) < 0) return List.of(t, type, s);
        return java.util.Arrays.asList(s, type, t);
    }

    /** folded form → canonical gold name; a form several entities share names none of them. */
    private static Map<String, String> resolver(JsonNode g) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (JsonNode e : g.get("entities")) {
            for (JsonNode a : e.path("aliases")) {
                owners.computeIfAbsent(Fold.fold(a.asString()), k -> new HashSet<>()).add(e.get("name").asString());
            }
        }
        Map<String, String> table = new HashMap<>();
        owners.forEach((form, who) -> { if (who.size() == 1) table.put(form, who.iterator().next()); });
        for (JsonNode e : g.get("entities")) table.put(Fold.fold(e.get("name").asString()), e.get("name").asString());
        return table;
    }
}
