package org.yrdkg.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.model.RelationType;

/**
 * Hand-built extractions over invented text, so the graph tests pin the writer's behaviour whatever
 * the extractor finds. Sentence 0 names the two parties, sentence 1 the investment.
 */
final class SampleExtractions {

    private SampleExtractions() {
    }

    static Extraction cooperation(String docName, String partyA, String partyB, String park, long amount) {
        String text = partyA + "与" + partyB + "签订合作协议。\n" + partyA + "总投资" + amount / 100_000_000 + "亿元的项目落户" + park + "。";
        Document doc = new DocumentReader().read(docName, text.getBytes(StandardCharsets.UTF_8));
        List<ExtractedEntity> entities = new ArrayList<>();
        entities.add(entity(EntityType.Company, partyA, doc, 0, 1));
        entities.add(entity(EntityType.Organization, partyB, doc, 0));
        entities.add(entity(EntityType.Park, park, doc, 1));
        ExtractedEntity province = new ExtractedEntity("99", EntityType.Province, "测试省", List.of(), "99", List.of());
        List<ExtractedRelation> relations = List.of(
                relation(partyA, RelationType.COOPERATES_WITH, partyB, doc.sentences().get(0), null),
                relation(partyA, RelationType.INVESTS_IN, park, doc.sentences().get(1), amount));
        ExtractedRelation parkInProvince = new ExtractedRelation(id(park), RelationType.LOCATED_IN, "99", park, "测试省",
                null, null, null, null, ExtractedRelation.Origin.GAZETTEER, -1, -1, -1, null, 1.0);
        return new Extraction(doc, entities, relations, List.of(province), List.of(parkInProvince), List.of());
    }

    static String id(String name) {
        return "Test:" + name;
    }

    private static ExtractedEntity entity(EntityType type, String name, Document doc, int... sentences) {
        List<Mention> mentions = new ArrayList<>();
        for (int index : sentences) {
            var s = doc.sentences().get(index);
            int at = s.text().indexOf(name);
            mentions.add(new Mention(index, s.start() + at, s.start() + at + name.length(), name));
        }
        return new ExtractedEntity(id(name), type, name, List.of(), null, mentions);
    }

    private static ExtractedRelation relation(String source, RelationType type, String target,
                                              org.yrdkg.document.Sentence s, Long amount) {
        return new ExtractedRelation(id(source), type, id(target), source, target, amount, null, null, null,
                ExtractedRelation.Origin.TEXT, s.index(), s.start(), s.end(), s.text(), 0.9);
    }
}
