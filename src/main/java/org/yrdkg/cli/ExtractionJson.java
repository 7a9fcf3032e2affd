package org.yrdkg.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.Mention;

/** One extraction as a JSON object in the gold format of ANNOTATION.md, plus ids, offsets and evidence. */
public final class ExtractionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExtractionJson() { }

    public static String toJsonLine(Extraction x) {
        return MAPPER.writeValueAsString(toMap(x));
    }

    public static Map<String, Object> toMap(Extraction x) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doc", x.document().name());
        List<Object> entities = new ArrayList<>();
        for (ExtractedEntity e : x.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type().name());
            m.put("aliases", e.aliases());
            m.put("id", e.id());
            m.put("code", e.code());
            List<Object> mentions = new ArrayList<>();
            for (Mention mention : e.mentions()) {
                // ordered, not Map.of: its iteration order changes from one JVM run to the next
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("start", mention.start());
                at.put("end", mention.end());
                at.put("surface", mention.surface());
                mentions.add(at);
            }
            m.put("mentions", mentions);
            entities.add(m);
        }
        doc.put("entities", entities);
        List<Object> relations = new ArrayList<>();
        for (ExtractedRelation r : x.relations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("type", r.type().name());
            m.put("target", r.target());
            m.put("amount_cny", r.amountCny());
            if (r.amountQualifier() != null) m.put("amount_qualifier", r.amountQualifier());
            if (r.currency() != null && !r.currency().equals("CNY")) {
                // as stated, never converted: amount_cny stays null
                m.put("amount", r.amount());
                m.put("currency", r.currency());
            }
            m.put("project", r.project());
            m.put("date", r.date());
            m.put("origin", r.origin().name());
            m.put("evidence", r.evidence());
            m.put("start", r.start());
            m.put("end", r.end());
            m.put("confidence", r.confidence());
            relations.add(m);
        }
        doc.put("relations", relations);
        return doc;
    }
}
