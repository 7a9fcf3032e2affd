package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yrdkg.extract.ExtractedRelation;
import org.yrdkg.extract.RelationType;
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
        ExtractedRelation.Origin origin = evidence == null ? ExtractedRelation.Origin.GAZETTEER : ExtractedRelation.Origin.TEXT;
        int sentence = evidence == null ? -1 : evidence.index();
        int start = evidence == null ? -1 : evidence.sentence().start();
        int end = evidence == null ? -1 : evidence.sentence().end();
        String text = evidence == null ? null : evidence.sentence().text();
        ExtractedRelation r = new ExtractedRelation(source.id(), type, target.id(), source.name(), target.name(),
                amount == null ? null : amount.yuan(), amount == null ? null : amount.qualifier(), project, date,
                origin, sentence, start, end, text, confidence);
        if (old == null) {
            facts.put(key, r);
        } else if (old.amountCny() == null && r.amountCny() != null
                || old.origin() == ExtractedRelation.Origin.GAZETTEER && evidence != null
                || r.confidence() > old.confidence() && (r.amountCny() != null || old.amountCny() == null)) {
            facts.put(key, r);
        }
    }

    public boolean has(Entity a, RelationType type, Entity b) {
        String x = a.id(), y = b.id();
        return facts.containsKey(x + "|" + type + "|" + y) || type.isSymmetric() && facts.containsKey(y + "|" + type + "|" + x);
    }

    public List<ExtractedRelation> relations() {
        return new ArrayList<>(facts.values());
    }
}
