package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.text.SentenceView;

/**
 * Keeps each fact once per document (COOPERATES_WITH in either direction), with its first evidence
 * and the highest confidence seen; never a relation from an entity to itself.
 */
public final class RelationCollector {

    private final Map<String, ExtractedRelation> facts = new LinkedHashMap<>();

    public void add(Entity source, RelationType type, Entity target, SentenceView evidence, double confidence) {
        add(source, type, target, evidence, confidence, null, null, null);
    }

    public void add(Entity source, RelationType type, Entity target, SentenceView evidence, double confidence,
                    Amount amount, String project, String date) {
        if (source == null || target == null || source.id().equals(target.id())) return;
        String a = source.id(), b = target.id();
        String key = type.isSymmetric() && a.compareTo(b) > 0 ? b + "|" + type + "|" + a : a + "|" + type + "|" + b;
        ExtractedRelation old = facts.get(key);
        Long yuan = amount == null ? null : amount.yuan();
        boolean replaces = old == null
                || old.amount() == null && amount != null
                || old.origin() == ExtractedRelation.Origin.GAZETTEER && evidence != null
                || confidence > old.confidence() && (amount != null || old.amount() == null);
        if (!replaces) return;
        ExtractedRelation.Origin origin = evidence == null ? ExtractedRelation.Origin.GAZETTEER : ExtractedRelation.Origin.TEXT;
        int sentence = evidence == null ? -1 : evidence.index();
        int start = evidence == null ? -1 : evidence.sentence().start();
        int end = evidence == null ? -1 : evidence.sentence().end();
        if (evidence != null && end - start > MAX_EVIDENCE) {
            int[] window = window(evidence, source, target);
            start = window[0];
            end = window[1];
        }
        String text = evidence == null ? null
                : evidence.sentence().text().substring(start - evidence.sentence().start(), end - evidence.sentence().start());
        facts.put(key, new ExtractedRelation(source.id(), type, target.id(), source.name(), target.name(),
                yuan, amount == null ? null : amount.qualifier(), project, date,
                origin, sentence, start, end, text, confidence,
                amount == null ? null : amount.value(), amount == null ? null : amount.currency()));
    }

    /** Evidence longer than this (a run-on line) is cut to the part around the two mentions. */
    private static final int MAX_EVIDENCE = 300;
    private static final int MARGIN = 60;

    /** Per entity, the span its mentions cover in each sentence: built once, so a long document stays linear. */
    private final Map<Entity, Map<Integer, int[]>> spans = new HashMap<>();

    private int[] spanIn(Entity e, int sentence) {
        return spans.computeIfAbsent(e, x -> {
            Map<Integer, int[]> bySentence = new HashMap<>();
            for (Mention m : x.mentions()) {
                bySentence.merge(m.sentence(), new int[]{m.start(), m.end()},
                        (a, b) -> new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            return bySentence;
        }).get(sentence);
    }

    private int[] window(SentenceView evidence, Entity source, Entity target) {
        int lo = Integer.MAX_VALUE, hi = -1;
        for (Entity e : List.of(source, target)) {
            int[] span = spanIn(e, evidence.index());
            if (span == null) continue;
            lo = Math.min(lo, span[0]);
            hi = Math.max(hi, span[1]);
        }
        int sStart = evidence.sentence().start(), sEnd = evidence.sentence().end();
        if (hi < 0) return new int[]{sStart, Math.min(sEnd, sStart + MAX_EVIDENCE)};
        if (hi - lo > MAX_EVIDENCE) hi = lo + MAX_EVIDENCE;
        return new int[]{Math.max(sStart, lo - MARGIN), Math.min(sEnd, hi + MARGIN)};
    }

    public boolean has(Entity a, RelationType type, Entity b) {
        String x = a.id(), y = b.id();
        return facts.containsKey(x + "|" + type + "|" + y) || type.isSymmetric() && facts.containsKey(y + "|" + type + "|" + x);
    }

    public List<ExtractedRelation> relations() {
        return new ArrayList<>(facts.values());
    }
}
