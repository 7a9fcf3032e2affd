package org.yrdkg.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yrdkg.extract.model.EntityType;

/** Identity across documents from the names alone, with invented names. */
class IdentityIndexTest {

    private static IdentityIndex.FormOf form(EntityType type, String name, String... aliases) {
        return new IdentityIndex.FormOf(type + ":" + name, type, name, Set.of(aliases));
    }

    private static String entityOf(IdentityIndex index, EntityType type, String name) {
        return index.identity(type + ":" + name).entityId();
    }

    @Test
    void aParkNamedWithoutItsModifiersIsTheParkWithThem() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Park, "苏州甲乙生态一体化发展示范区")));
        index.setDocument("b", List.of(form(EntityType.Park, "苏州示范区")));
        assertThat(entityOf(index, EntityType.Park, "苏州示范区")).isEqualTo("Park:苏州甲乙生态一体化发展示范区");
    }

    @Test
    void aHeadNounCutShortAndADroppedModifierStillMatch() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Organization, "甲乙丙区域合作办公室"),
                form(EntityType.Park, "戊己·庚辛科创产业园")));
        index.setDocument("b", List.of(form(EntityType.Organization, "甲乙丙区域合作办"), form(EntityType.Park, "戊己·庚辛科创园")));
        assertThat(entityOf(index, EntityType.Organization, "甲乙丙区域合作办")).isEqualTo("Organization:甲乙丙区域合作办公室");
        assertThat(entityOf(index, EntityType.Park, "戊己·庚辛科创园")).isEqualTo("Park:戊己·庚辛科创产业园");
    }

    @Test
    void aGenericWordInItsOfficialShortFormIsTheSameName() {
        for (boolean fullFirst : List.of(true, false)) {
            IdentityIndex index = new IdentityIndex();
            var full = List.of(form(EntityType.Park, "甲乙自贸区丙丁新片区"), form(EntityType.Park, "戊己自由贸易试验区"));
            var shorter = List.of(form(EntityType.Park, "甲乙自贸试验区新片区"), form(EntityType.Park, "戊己自贸区"));
            index.setDocument(fullFirst ? "a" : "b", fullFirst ? full : shorter);
            index.setDocument(fullFirst ? "b" : "a", fullFirst ? shorter : full);
            assertThat(entityOf(index, EntityType.Park, "甲乙自贸试验区新片区")).isEqualTo("Park:甲乙自贸区丙丁新片区");
            assertThat(entityOf(index, EntityType.Park, "戊己自贸区")).isEqualTo("Park:戊己自由贸易试验区");
            assertThat(entityOf(index, EntityType.Park, "戊己自由贸易试验区")).isEqualTo("Park:戊己自由贸易试验区");
        }
    }

    @Test
    void differentThingsWithASharedStartStayApart() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Organization, "甲乙航空大学"), form(EntityType.Park, "丙丁开发区戊己分区"),
                form(EntityType.Company, "庚辛科技集团有限公司")));
        index.setDocument("b", List.of(form(EntityType.Organization, "甲乙大学"), form(EntityType.Park, "丙丁开发区"),
                form(EntityType.Company, "庚辛科技有限公司"), form(EntityType.Park, "甲乙航空大学")));
        assertThat(entityOf(index, EntityType.Organization, "甲乙大学")).isEqualTo("Organization:甲乙大学");
        assertThat(entityOf(index, EntityType.Park, "丙丁开发区")).isEqualTo("Park:丙丁开发区");
        assertThat(entityOf(index, EntityType.Company, "庚辛科技有限公司")).isEqualTo("Company:庚辛科技有限公司");
        assertThat(entityOf(index, EntityType.Park, "甲乙航空大学")).isEqualTo("Park:甲乙航空大学");
    }

    @Test
    void aShortFormKnownForOneCompanyIsThatCompanyAndForTwoIsNeither() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司", "甲汽集团")));
        index.setDocument("b", List.of(form(EntityType.Company, "甲汽集团"), form(EntityType.Company, "甲乙汽车")));
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲乙汽车集团股份有限公司");
        assertThat(entityOf(index, EntityType.Company, "甲乙汽车")).isEqualTo("Company:甲乙汽车集团股份有限公司");

        index.setDocument("c", List.of(form(EntityType.Company, "甲乙汽车股份有限公司")));
        IdentityIndex.Identity shortForm = index.identity("Company:甲乙汽车");
        assertThat(shortForm.entityId()).isEqualTo("Company:甲乙汽车");
        assertThat(shortForm.ambiguous()).containsExactly("Company:甲乙汽车股份有限公司", "Company:甲乙汽车集团股份有限公司");
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲乙汽车集团股份有限公司");

        index.takeChanges();
        index.setDocument("c", List.of());
        assertThat(entityOf(index, EntityType.Company, "甲乙汽车")).isEqualTo("Company:甲乙汽车集团股份有限公司");
        Map<String, String> changes = index.takeChanges();
        assertThat(changes).containsOnlyKeys("Company:甲乙汽车", "Company:甲乙汽车股份有限公司");
        assertThat(changes.get("Company:甲乙汽车")).isEqualTo("Company:甲乙汽车");
        assertThat(index.documentsUsing(changes.keySet())).containsExactly("b");
    }

    @Test
    void theEntityNamesAreTheNamesOfAllItsForms() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司", "甲汽集团")));
        index.setDocument("b", List.of(form(EntityType.Company, "甲乙汽车", "甲乙")));
        var names = index.entityNames(Set.of("Company:甲乙汽车集团股份有限公司"));
        assertThat(names).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("甲乙汽车集团股份有限公司");
            assertThat(n.aliases()).containsExactly("甲乙", "甲乙汽车", "甲汽集团");
        });
        index.setDocument("b", List.of());
        assertThat(index.entityNames(Set.of("Company:甲乙汽车集团股份有限公司")).get(0).aliases()).containsExactly("甲汽集团");
    }

    @Test
    void theOrderDocumentsArriveInDoesNotChangeTheEntities() {
        Map<String, List<IdentityIndex.FormOf>> documents = Map.of(
                "a", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司"), form(EntityType.Park, "无锡示范区")),
                "b", List.of(form(EntityType.Company, "甲乙汽车"), form(EntityType.Park, "无锡甲乙绿色发展示范区")),
                "c", List.of(form(EntityType.Company, "甲乙汽车股份有限公司"), form(EntityType.Park, "无锡丙丁科创示范区")),
                "d", List.of(form(EntityType.Company, "甲乙"), form(EntityType.Organization, "戊己区域合作办")),
                "e", List.of(form(EntityType.Organization, "戊己区域合作办公室"), form(EntityType.Park, "无锡示范区")));
        Map<String, IdentityIndex.Identity> expected = sameInEveryOrder(documents, 7);
        assertThat(expected.get("Park:无锡示范区").ambiguous()).hasSize(2);
        assertThat(expected.get("Organization:戊己区域合作办").entityId()).isEqualTo("Organization:戊己区域合作办公室");
    }

    @Test
    void aNameWithoutItsLeadingPlaceIsTheNameWithIt() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Park, "长三角甲乙科创走廊"), form(EntityType.Platform, "合肥综合性甲乙科学中心"),
                form(EntityType.Organization, "合肥市文旅局")));
        index.setDocument("b", List.of(form(EntityType.Park, "甲乙科创走廊"), form(EntityType.Platform, "综合性甲乙科学中心"),
                form(EntityType.Organization, "文旅局")));
        assertThat(entityOf(index, EntityType.Park, "甲乙科创走廊")).isEqualTo("Park:长三角甲乙科创走廊");
        assertThat(entityOf(index, EntityType.Platform, "综合性甲乙科学中心")).isEqualTo("Platform:合肥综合性甲乙科学中心");
        assertThat(entityOf(index, EntityType.Organization, "文旅局")).isEqualTo("Organization:文旅局");
    }

    @Test
    void aParkNamedByPlaceAndHeadOnlyNeedsThePlace() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Park, "甲乙汽车配件产业园"), form(EntityType.Park, "闵行·淮南甲乙产业园")));
        index.setDocument("b", List.of(form(EntityType.Park, "甲乙产业园"), form(EntityType.Park, "闵淮甲乙产业园")));
        assertThat(entityOf(index, EntityType.Park, "甲乙产业园")).isEqualTo("Park:甲乙产业园");
        assertThat(entityOf(index, EntityType.Park, "闵淮甲乙产业园")).isEqualTo("Park:闵行·淮南甲乙产业园");
    }

    @Test
    void aZoneNamedWithoutItsRankWordsIsTheZoneWithThem() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Park, "甲乙国际中央商务区"), form(EntityType.Park, "丙丁综合保税区"),
                form(EntityType.Organization, "戊己国际商会")));
        index.setDocument("b", List.of(form(EntityType.Park, "甲乙商务区"), form(EntityType.Park, "丙丁保税区"),
                form(EntityType.Organization, "戊己商会"), form(EntityType.Park, "商务区")));
        assertThat(entityOf(index, EntityType.Park, "甲乙商务区")).isEqualTo("Park:甲乙国际中央商务区");
        // 综合 tells which kind of zone, and an organisation's 国际 may tell two bodies apart
        assertThat(entityOf(index, EntityType.Park, "丙丁保税区")).isEqualTo("Park:丙丁保税区");
        assertThat(entityOf(index, EntityType.Organization, "戊己商会")).isEqualTo("Organization:戊己商会");
        assertThat(entityOf(index, EntityType.Park, "商务区")).isEqualTo("Park:商务区");
    }

    @Test
    void aNameLeavesAFormWithTheLastDocumentThatUsedIt() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司", "甲汽集团")));
        index.setDocument("b", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司", "甲汽集团")));
        index.setDocument("c", List.of(form(EntityType.Company, "甲汽集团")));
        index.setDocument("d", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司")));
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲乙汽车集团股份有限公司");
        index.setDocument("a", List.of());
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲乙汽车集团股份有限公司");
        index.setDocument("b", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司")));
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲汽集团");
        assertThat(index.entityNames(Set.of("Company:甲乙汽车集团股份有限公司")).get(0).aliases()).isEmpty();
        index.setDocument("a", List.of(form(EntityType.Company, "甲乙汽车集团股份有限公司", "甲汽集团")));
        assertThat(entityOf(index, EntityType.Company, "甲汽集团")).isEqualTo("Company:甲乙汽车集团股份有限公司");
        index.setDocument("b", List.of());
        index.setDocument("d", List.of());
        assertThat(index.documentsUsing(Set.of("Company:甲乙汽车集团股份有限公司"))).containsExactly("a");
    }

    /** One document's forms as the writer gives them: its short forms referring back resolved. */
    private static List<IdentityIndex.FormOf> document(IdentityIndex.FormOf... forms) {
        return DocumentShortForms.resolve(List.of(forms));
    }

    @Test
    void aShortFormAnArticleUsesForTheOneZoneItNamesIsThatZonesName() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", document(form(EntityType.Park, "苏州甲乙生态绿色一体化发展示范区"), form(EntityType.Park, "苏州一体化示范区"),
                form(EntityType.Park, "苏州示范区")));
        index.setDocument("b", document(form(EntityType.Park, "苏州丙丁互联网一体化发展示范区")));
        index.setDocument("c", document(form(EntityType.Park, "苏州一体化示范区"), form(EntityType.Park, "苏州示范区")));
        // both zones could be shortened so; the article that named one of them tells which
        assertThat(entityOf(index, EntityType.Park, "苏州一体化示范区")).isEqualTo("Park:苏州甲乙生态绿色一体化发展示范区");
        assertThat(entityOf(index, EntityType.Park, "苏州示范区")).isEqualTo("Park:苏州甲乙生态绿色一体化发展示范区");
        assertThat(entityOf(index, EntityType.Park, "苏州丙丁互联网一体化发展示范区")).isEqualTo("Park:苏州丙丁互联网一体化发展示范区");

        // without that article the short form is what its shape says: the one zone left it can shorten
        index.setDocument("a", List.of());
        assertThat(index.identity("Park:苏州一体化示范区").entityId()).isEqualTo("Park:苏州丙丁互联网一体化发展示范区");
    }

    @Test
    void aBareHeadNounIsTheOneCorridorItsArticleNamedAndNeitherOfTwo() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", document(form(EntityType.Park, "甲乙科创走廊"), form(EntityType.Park, "科创走廊")));
        index.setDocument("b", document(form(EntityType.Park, "科创走廊")));
        assertThat(entityOf(index, EntityType.Park, "科创走廊")).isEqualTo("Park:甲乙科创走廊");

        // two articles, two corridors: the bare name is known for both and links to neither
        index.setDocument("c", document(form(EntityType.Park, "丙丁科创走廊"), form(EntityType.Park, "科创走廊")));
        assertThat(entityOf(index, EntityType.Park, "科创走廊")).isEqualTo("Park:科创走廊");
        assertThat(index.identity("Park:科创走廊").ambiguous()).containsExactly("Park:丙丁科创走廊", "Park:甲乙科创走廊");
        assertThat(entityOf(index, EntityType.Park, "丙丁科创走廊")).isEqualTo("Park:丙丁科创走廊");
    }

    @Test
    void anArticleNamingTwoZonesOfOneHeadGivesTheBareHeadToNeither() {
        var forms = document(form(EntityType.Park, "戊市甲乙高新区"), form(EntityType.Park, "己市丙丁高新区"), form(EntityType.Park, "高新区"));
        assertThat(forms).allSatisfy(f -> assertThat(f.names()).doesNotContain("高新区"));
        // a body is named relative to its place: a bare 文旅局 never becomes one city's bureau
        var bodies = document(form(EntityType.Organization, "戊市文旅局"), form(EntityType.Organization, "文旅局"));
        assertThat(bodies.get(0).names()).isEmpty();
    }

    @Test
    void aCompanysDescribedFacilityIsTheCompany() {
        IdentityIndex index = new IdentityIndex();
        index.setDocument("a", List.of(form(EntityType.Platform, "甲乙科技研发中心"), form(EntityType.Organization, "丙丁华东总部")));
        assertThat(entityOf(index, EntityType.Platform, "甲乙科技研发中心")).isEqualTo("Platform:甲乙科技研发中心");
        index.setDocument("b", List.of(form(EntityType.Company, "甲乙科技有限公司"), form(EntityType.Organization, "丙丁")));
        assertThat(entityOf(index, EntityType.Platform, "甲乙科技研发中心")).isEqualTo("Company:甲乙科技有限公司");
        assertThat(index.typeOf(entityOf(index, EntityType.Platform, "甲乙科技研发中心"))).isEqualTo(EntityType.Company);
        assertThat(index.entityNames(Set.of("Company:甲乙科技有限公司")).get(0).aliases()).contains("甲乙科技研发中心");
        // a unit with a place of its own keeps its name; so does a facility of what is no company
        index.setDocument("d", List.of(form(EntityType.Platform, "甲乙科技苏州研究中心")));
        assertThat(entityOf(index, EntityType.Platform, "甲乙科技苏州研究中心")).isEqualTo("Platform:甲乙科技苏州研究中心");
        index.setDocument("d", List.of());
        assertThat(entityOf(index, EntityType.Organization, "丙丁华东总部")).isEqualTo("Organization:丙丁华东总部");

        // two companies of that short name: the facility could be either, and is neither
        index.setDocument("c", List.of(form(EntityType.Company, "甲乙科技集团股份有限公司")));
        assertThat(entityOf(index, EntityType.Platform, "甲乙科技研发中心")).isEqualTo("Platform:甲乙科技研发中心");
        assertThat(index.identity("Platform:甲乙科技研发中心").ambiguous()).hasSize(2);
    }

    @Test
    void documentShortFormsAndFacilitiesDoNotDependOnOrder() {
        Map<String, List<IdentityIndex.FormOf>> documents = Map.of(
                "a", document(form(EntityType.Park, "苏州甲乙生态一体化发展示范区"), form(EntityType.Park, "苏州一体化示范区")),
                "b", document(form(EntityType.Park, "苏州丙丁互联网一体化发展示范区"), form(EntityType.Platform, "戊己研发中心")),
                "c", document(form(EntityType.Park, "苏州一体化示范区"), form(EntityType.Company, "戊己股份有限公司")),
                "d", document(form(EntityType.Company, "戊己"), form(EntityType.Platform, "戊己研发中心"), form(EntityType.Park, "科创走廊")),
                "e", document(form(EntityType.Park, "庚辛科创走廊"), form(EntityType.Park, "科创走廊")));
        Map<String, IdentityIndex.Identity> expected = sameInEveryOrder(documents, 11);
        assertThat(expected.get("Park:苏州一体化示范区").entityId()).isEqualTo("Park:苏州甲乙生态一体化发展示范区");
        assertThat(expected.get("Platform:戊己研发中心").entityId()).isEqualTo("Company:戊己股份有限公司");
        assertThat(expected.get("Park:科创走廊").entityId()).isEqualTo("Park:庚辛科创走廊");
    }

    /** The identities of the documents loaded in 30 orders and rebuilt from stored forms: the same every time. */
    private static Map<String, IdentityIndex.Identity> sameInEveryOrder(Map<String, List<IdentityIndex.FormOf>> documents, long seed) {
        List<String> order = new ArrayList<>(documents.keySet());
        Collections.sort(order);
        Map<String, IdentityIndex.Identity> expected = null;
        Random random = new Random(seed);
        for (int run = 0; run < 30; run++) {
            IdentityIndex index = new IdentityIndex();
            for (String d : order) {
                index.setDocument(d, documents.get(d));
                index.identities();
            }
            if (expected == null) {
                expected = Map.copyOf(index.identities());
            } else {
                assertThat(index.identities()).as("order %s", order).isEqualTo(expected);
            }
            IdentityIndex rebuilt = new IdentityIndex();
            documents.forEach((d, forms) -> forms.forEach(f -> rebuilt.load(d, f.id(), f.type(), f.name(), List.copyOf(f.names()))));
            rebuilt.link();
            assertThat(rebuilt.identities()).isEqualTo(expected);
            Collections.shuffle(order, random);
        }
        return expected;
    }
}
