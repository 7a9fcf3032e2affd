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
        List<String> order = new ArrayList<>(documents.keySet());
        Collections.sort(order);
        Map<String, IdentityIndex.Identity> expected = null;
        Random random = new Random(7);
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
}
