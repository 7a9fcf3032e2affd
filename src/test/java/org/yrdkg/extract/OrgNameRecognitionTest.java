package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.entity;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.names;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.Extraction;

/** Organisation names by structure, on invented names in real sentence patterns. */
class OrgNameRecognitionTest {

    @Test
    void parkNameStopsAtTheVerbBeforeIt() {
        Extraction x = extract("芜湖高新区与松江区九亭镇合作共建宛陵科创产业园。");
        assertThat(entity(x, "宛陵科创产业园")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(entity(x, "芜湖高新区")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(names(x)).doesNotContain("共建宛陵科创产业园");
    }

    @Test
    void quotationMarksThatCloseOnAHeadMarkAPlatformName() {
        Extraction x = extract("在三省一市共同打造的 “青山仪器设备共享网”上,已有大型仪器2000台。");
        assertThat(entity(x, "青山仪器设备共享网")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
        // 基地 ends a name only where the quotation closes on it
        Extraction base = extract("双方签署了“国家多语种青禾译制基地”入驻宣城的合作协议。");
        assertThat(entity(base, "国家多语种青禾译制基地")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
        assertThat(ExtractorTestSupport.relation(base, "国家多语种青禾译制基地", RelationType.LOCATED_IN, "宣城市")).isPresent();
        // slogans and formulas in quotation marks are no names, nor is a quoted generic kind
        Extraction slogans = extract("通过“总部+基地”模式招商,企业在“数字平台”上办事,发展“产业基地”。");
        assertThat(names(slogans)).isEmpty();
    }

    @Test
    void aZoneAfterInAPlaceOfIsThatPlacesZone() {
        Extraction x = extract("在安徽宣城的光学装置集中区,团队正在攻关。");
        assertThat(entity(x, "光学装置集中区")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(ExtractorTestSupport.relation(x, "光学装置集中区", RelationType.LOCATED_IN, "宣城市")).isPresent();
        // without the place before it, the same words are only a description
        assertThat(names(extract("团队在光学装置集中区攻关。"))).doesNotContain("光学装置集中区");
    }

    @Test
    void aZoneAbbreviatedAndItsSubZoneAreParks() {
        // HanLP cuts 自贸试验区 as 自/p 贸/vg 试验区: the abbreviation is a head, and a park inside a name is no stop
        Extraction x = extract("舟山自贸试验区扩区,增设舟山自贸试验区新片区、设立交易中心。");
        assertThat(entity(x, "舟山自贸试验区")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(entity(x, "舟山自贸试验区新片区")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
    }

    @Test
    void placeInsideANameIsNotASeparateMention() {
        Extraction x = extract("芜湖高新区今年新签约项目12个。");
        ExtractedEntity city = entity(x, "芜湖市").orElseThrow();
        assertThat(city.mentions()).isEmpty();
        assertThat(ExtractorTestSupport.relation(x, "芜湖高新区", RelationType.LOCATED_IN, "芜湖市")).isPresent();
    }

    @Test
    void headNounsGiveTheType() {
        Extraction x = extract("金陵理工大学、滁州市青禾研究院和江淮智造产业联盟共同发布了报告,澄江控股集团有限公司参加。");
        assertThat(entity(x, "金陵理工大学")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
        assertThat(entity(x, "滁州市青禾研究院")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
        assertThat(entity(x, "江淮智造产业联盟")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
        assertThat(entity(x, "澄江控股集团有限公司")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
    }

    @Test
    void dottedNamesAndPlacesInParentheses() {
        Extraction x = extract("松江·滁州科创孵化基地正式揭牌,中欧班列(合肥)开行500列。");
        assertThat(entity(x, "松江·滁州科创孵化基地")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(entity(x, "中欧班列(合肥)")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
    }

    @Test
    void genericWordsAloneAreNotEntities() {
        Extraction x = extract("园区企业通过平台对接,产业园和示范区建设加快,重点功能平台不断完善。");
        assertThat(x.entities().stream().filter(e -> !e.type().isPlace())).isEmpty();
    }

    @Test
    void listWithATypingTailMakesCompanies() {
        Extraction x = extract("高新区引进青松股份、云杉智造、白鹭集团等一批龙头企业入驻。");
        assertThat(entity(x, "云杉智造")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(entity(x, "青松股份")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
    }

    @Test
    void projectNamesTheirCompany() {
        Extraction x = extract("总投资12亿元的星禾新材料年产5万吨项目落户滁州经开区。");
        assertThat(entity(x, "星禾")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(names(x)).doesNotContain("新材料");
    }

    @Test
    void quotedNameIntroducedAsAPlatform() {
        Extraction x = extract("借助“宣办通”等平台,累计办理业务3万件。");
        assertThat(entity(x, "宣办通")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
    }

    @Test
    void unknownNamePlusTradeWordIsACompany() {
        Extraction x = extract("京东方科技在合肥投资建设新一代显示生产线。");
        assertThat(entity(x, "京东方科技")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(ExtractorTestSupport.relation(x, "京东方科技", RelationType.INVESTS_IN, "合肥市")).isPresent();
    }

    @Test
    void numberedSchoolsAfterAPlace() {
        Extraction x = extract("宣城一中、宣城二中与松江区的学校结对。");
        assertThat(entity(x, "宣城一中")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
        assertThat(entity(x, "宣城二中")).isPresent();
    }

    @Test
    void unknownNameCutIntoSingleCharactersStaysWhole() {
        Extraction x = extract("此外，安徽天舸新能源集团投资5亿元在滁州经开区建设电池工厂。");
        assertThat(names(x)).contains("安徽天舸新能源集团").doesNotContain("新能源集团");
    }

    @Test
    void countingWordsAreNotNamePieces() {
        Extraction x = extract("会上发布了一批长三角区域产业联盟的成果。");
        assertThat(names(x)).doesNotContain("一批长三角区域产业联盟");
    }

    @Test
    void tradeWordsBeforeALegalSuffixBelongToTheName() {
        Extraction x = extract("嘉兴市组建了嘉湖城乡发展建设有限公司。");
        assertThat(names(x)).contains("嘉湖城乡发展建设有限公司");
    }

    @Test
    void anAdverbialVerbInsideAFundName() {
        Extraction x = extract("滁州市设立了宁滁产业协同发展基金。");
        assertThat(names(x)).contains("宁滁产业协同发展基金");
    }

    @Test
    void parksWithAGenericCoreAndDifferentPlacesStayApart() {
        Extraction x = extract("湖州经济技术开发区和长兴经济技术开发区分别签约。");
        assertThat(names(x)).contains("湖州经济技术开发区", "长兴经济技术开发区");
    }

    @Test
    void aPrepositionReadIntoAGuessedPersonNameIsNotPartOfTheName() {
        Extraction x = extract("目前，位于南翔新区的嘉定智造产业园已集聚企业50余家。");
        assertThat(names(x)).contains("南翔新区").doesNotContain("于南翔新区");
    }
}
