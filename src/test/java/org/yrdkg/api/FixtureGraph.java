package org.yrdkg.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.graph.DocumentIds;

/**
 * Two invented articles, extracted by hand, so the query tests know exactly what the graph holds
 * whatever the extractor finds. Places carry division-code-like ids in the unused ranges 96/97:
 * <pre>
 * 瀛洲市 (97, Province) ← 观澜区 (970105, District) ← 青萍镇 (970105101, Town) ← 观澜智造园区 (Park)
 * 云梦省 (96, Province) ← 楚丘市 (9603, City) ← 楚丘高新区, 观澜·楚丘合作园 (Parks)
 * 观澜区 —COOPERATES_WITH— 楚丘市 (two documents, one in Traditional script: 觀瀾區)
 * 鹏远汽车 —INVESTS_IN 3200000000→ 楚丘高新区; 星河电子 —INVESTS_IN 800000000→ 楚丘高新区, 150000000→ 观澜智造园区
 * 星河电子 LOCATED_IN 观澜区; 楚丘大学 —COOPERATES_WITH— 鹏远汽车
 * 星河电子 has an alias that is not part of its name: 银汉科技
 * </pre>
 */
final class FixtureGraph {

    static final String DOC_1 = "api-fixture-1.txt";
    static final String DOC_2 = "api-fixture-2.txt";

    static final String YINGZHOU = "97";
    static final String GUANLAN = "970105";
    static final String QINGPING = "970105101";
    static final String YUNMENG = "96";
    static final String CHUQIU = "9603";
    static final String CHUQIU_PARK = "Park:楚丘高新区";
    static final String GUANLAN_PARK = "Park:观澜智造园区";
    static final String JOINT_PARK = "Park:观澜·楚丘合作园";
    static final String PENGYUAN = "Company:鹏远汽车";
    static final String XINGHE = "Company:星河电子";
    static final String UNIVERSITY = "Organization:楚丘大学";

    private FixtureGraph() {
    }

    static List<String> entityIds() {
        return List.of(YINGZHOU, GUANLAN, QINGPING, YUNMENG, CHUQIU, CHUQIU_PARK, GUANLAN_PARK, JOINT_PARK, PENGYUAN,
                XINGHE, UNIVERSITY);
    }

    static List<String> documentIds() {
        return List.of(DocumentIds.of(DOC_1), DocumentIds.of(DOC_2));
    }

    static Extraction first() {
        Document doc = read(DOC_1, """
                瀛洲市观澜区与云梦省楚丘市签订结对合作协议。
                鹏远汽车总投资32亿元的鹏远汽车(楚丘)整车项目落户楚丘高新区。
                星河电子投资8亿元的星河电子芯片项目落户楚丘高新区。
                观澜智造园区位于观澜区青萍镇。
                观澜区与楚丘市合作共建观澜·楚丘合作园。
                楚丘大学与鹏远汽车携手共建研究院。
                总部位于观澜区的星河电子加快布局。
                """);
        List<ExtractedEntity> entities = List.of(
                place(doc, YINGZHOU, EntityType.Province, "瀛洲市", List.of("瀛洲", "瀛")),
                place(doc, GUANLAN, EntityType.District, "观澜区", List.of("观澜", "觀瀾區")),
                place(doc, QINGPING, EntityType.Town, "青萍镇", List.of()),
                place(doc, YUNMENG, EntityType.Province, "云梦省", List.of("云梦")),
                place(doc, CHUQIU, EntityType.City, "楚丘市", List.of("楚丘")),
                named(doc, CHUQIU_PARK, EntityType.Park, "楚丘高新区"),
                named(doc, GUANLAN_PARK, EntityType.Park, "观澜智造园区"),
                named(doc, JOINT_PARK, EntityType.Park, "观澜·楚丘合作园"),
                named(doc, PENGYUAN, EntityType.Company, "鹏远汽车"),
                mentioned(doc, XINGHE, EntityType.Company, "星河电子", List.of("银汉科技"), "星河电子", null),
                named(doc, UNIVERSITY, EntityType.Organization, "楚丘大学"));
        List<ExtractedRelation> relations = List.of(
                fact(doc, 0, GUANLAN, RelationType.COOPERATES_WITH, CHUQIU, null, null, "2022-10"),
                fact(doc, 1, PENGYUAN, RelationType.INVESTS_IN, CHUQIU_PARK, 3_200_000_000L, "鹏远汽车(楚丘)整车项目", "2023-05"),
                fact(doc, 1, CHUQIU_PARK, RelationType.LOCATED_IN, CHUQIU, null, null, null),
                fact(doc, 2, XINGHE, RelationType.INVESTS_IN, CHUQIU_PARK, 800_000_000L, "星河电子芯片项目", null),
                fact(doc, 3, GUANLAN_PARK, RelationType.LOCATED_IN, QINGPING, null, null, null),
                fact(doc, 4, GUANLAN, RelationType.COOPERATES_WITH, CHUQIU, null, null, null),
                fact(doc, 4, JOINT_PARK, RelationType.LOCATED_IN, CHUQIU, null, null, null),
                fact(doc, 5, UNIVERSITY, RelationType.COOPERATES_WITH, PENGYUAN, null, null, null),
                fact(doc, 6, XINGHE, RelationType.LOCATED_IN, GUANLAN, null, null, null),
                official(GUANLAN, YINGZHOU),
                official(QINGPING, GUANLAN),
                official(CHUQIU, YUNMENG));
        return new Extraction(doc, entities, relations, List.of(), List.of(), List.of());
    }

    /** The second article is in Traditional script; its ancestors are not named, so they come from the hierarchy. */
    static Extraction second() {
        Document doc = read(DOC_2, """
                觀瀾區與楚丘市再次攜手合作。
                星河電子投資1.5億元落戶觀瀾智造園區。
                """);
        List<ExtractedEntity> entities = List.of(
                mentioned(doc, GUANLAN, EntityType.District, "观澜区", List.of("观澜", "觀瀾區"), "觀瀾區", GUANLAN),
                mentioned(doc, CHUQIU, EntityType.City, "楚丘市", List.of("楚丘"), "楚丘市", CHUQIU),
                mentioned(doc, XINGHE, EntityType.Company, "星河电子", List.of("银汉科技"), "星河電子", null),
                mentioned(doc, GUANLAN_PARK, EntityType.Park, "观澜智造园区", List.of(), "觀瀾智造園區", null));
        List<ExtractedRelation> relations = List.of(
                fact(doc, 0, GUANLAN, RelationType.COOPERATES_WITH, CHUQIU, null, null, null),
                fact(doc, 1, XINGHE, RelationType.INVESTS_IN, GUANLAN_PARK, 150_000_000L, null, "2024-03"));
        List<ExtractedEntity> ancestors = List.of(
                new ExtractedEntity(YINGZHOU, EntityType.Province, "瀛洲市", List.of(), YINGZHOU, List.of()),
                new ExtractedEntity(YUNMENG, EntityType.Province, "云梦省", List.of(), YUNMENG, List.of()));
        return new Extraction(doc, entities, relations, ancestors,
                List.of(official(GUANLAN, YINGZHOU), official(CHUQIU, YUNMENG)), List.of());
    }

    private static Document read(String name, String text) {
        return new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ExtractedEntity place(Document doc, String code, EntityType type, String name, List<String> aliases) {
        return mentioned(doc, code, type, name, aliases, name, code);
    }

    private static ExtractedEntity named(Document doc, String id, EntityType type, String name) {
        return mentioned(doc, id, type, name, List.of(), name, null);
    }

    /** An entity with a mention wherever {@code surface} occurs as a name of its own in the document. */
    private static ExtractedEntity mentioned(Document doc, String id, EntityType type, String name, List<String> aliases,
                                             String surface, String code) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int at = s.text().indexOf(surface); at >= 0; at = s.text().indexOf(surface, at + 1)) {
                mentions.add(new Mention(s.index(), s.start() + at, s.start() + at + surface.length(), surface));
            }
        }
        return new ExtractedEntity(id, type, name, aliases, code, mentions);
    }

    private static ExtractedRelation fact(Document doc, int sentence, String source, RelationType type, String target,
                                          Long amount, String project, String date) {
        Sentence s = doc.sentences().get(sentence);
        return new ExtractedRelation(source, type, target, source, target, amount, null, project, date,
                ExtractedRelation.Origin.TEXT, s.index(), s.start(), s.end(), s.text(), 0.9);
    }

    private static ExtractedRelation official(String inner, String outer) {
        return new ExtractedRelation(inner, RelationType.LOCATED_IN, outer, inner, outer, null, null, null, null,
                ExtractedRelation.Origin.GAZETTEER, -1, -1, -1, null, 1.0);
    }
}
