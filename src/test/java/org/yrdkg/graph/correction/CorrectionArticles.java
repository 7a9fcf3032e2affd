package org.yrdkg.graph.correction;

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
 * Two invented articles with hand-built extractions (so what the tests correct does not depend on the
 * extractor): a company named in full and by a short form, an organisation and a park, and in the second
 * article the same company under another name (a duplicate to merge).
 */
final class CorrectionArticles {

    static final String FIRST = "corr-first.txt";
    static final String SECOND = "corr-second.txt";
    static final String COMPANY = "Company:甲乙丙科技有限公司";
    static final String SHORT = "甲乙丙科技";
    static final String DUPLICATE = "Company:甲乙丙集团";
    static final String AGENCY = "Organization:丁戊投资促进中心";
    static final String PARK = "Park:己庚高新区";
    static final String COOPERATION = COMPANY + "|COOPERATES_WITH|" + AGENCY;
    static final String INVESTMENT = COMPANY + "|INVESTS_IN|" + PARK;

    private CorrectionArticles() {
    }

    static List<Extraction> all() {
        return List.of(first(), second());
    }

    static Extraction byName(String name) {
        return name.equals(FIRST) ? first() : second();
    }

    static Extraction first() {
        Document doc = read(FIRST, "甲乙丙科技有限公司与丁戊投资促进中心签订合作协议。\n甲乙丙科技总投资15亿元的项目落户己庚高新区。");
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(COMPANY, EntityType.Company, "甲乙丙科技有限公司", List.of(SHORT), null,
                        List.of(mention(doc, 0, "甲乙丙科技有限公司"), mention(doc, 1, SHORT))),
                new ExtractedEntity(AGENCY, EntityType.Organization, "丁戊投资促进中心", List.of(), null,
                        List.of(mention(doc, 0, "丁戊投资促进中心"))),
                new ExtractedEntity(PARK, EntityType.Park, "己庚高新区", List.of(), null, List.of(mention(doc, 1, "己庚高新区"))));
        List<ExtractedRelation> relations = List.of(
                relation(doc, 0, COMPANY, RelationType.COOPERATES_WITH, AGENCY, null),
                relation(doc, 1, COMPANY, RelationType.INVESTS_IN, PARK, 1_500_000_000L));
        return new Extraction(doc, entities, relations, List.of(), List.of(), List.of());
    }

    static Extraction second() {
        Document doc = read(SECOND, "甲乙丙集团与丁戊投资促进中心签订合作协议。\n丁戊投资促进中心推介己庚高新区。");
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(DUPLICATE, EntityType.Company, "甲乙丙集团", List.of(), null, List.of(mention(doc, 0, "甲乙丙集团"))),
                new ExtractedEntity(AGENCY, EntityType.Organization, "丁戊投资促进中心", List.of(), null,
                        List.of(mention(doc, 0, "丁戊投资促进中心"), mention(doc, 1, "丁戊投资促进中心"))),
                new ExtractedEntity(PARK, EntityType.Park, "己庚高新区", List.of(), null, List.of(mention(doc, 1, "己庚高新区"))));
        List<ExtractedRelation> relations = List.of(relation(doc, 0, DUPLICATE, RelationType.COOPERATES_WITH, AGENCY, null));
        return new Extraction(doc, entities, relations, List.of(), List.of(), List.of());
    }

    private static Document read(String name, String text) {
        return new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mention mention(Document doc, int sentence, String surface) {
        var s = doc.sentences().get(sentence);
        int at = s.start() + s.text().indexOf(surface);
        return new Mention(sentence, at, at + surface.length(), surface);
    }

    private static ExtractedRelation relation(Document doc, int sentence, String source, RelationType type, String target, Long amount) {
        var s = doc.sentences().get(sentence);
        List<String> names = new ArrayList<>(List.of(source.substring(source.indexOf(':') + 1), target.substring(target.indexOf(':') + 1)));
        return new ExtractedRelation(source, type, target, names.get(0), names.get(1), amount, null, null, null,
                ExtractedRelation.Origin.TEXT, sentence, s.start(), s.end(), s.text(), 0.9);
    }
}
