package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.entity;
import static org.yrdkg.extract.ExtractorTestSupport.extract;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.Extraction;

class ResolutionTest {

    @Test
    void placeGovernmentIsThePlace() {
        Extraction x = extract("嘉定区政府与宣城市政府签订合作协议。嘉定区将加强合作。");
        ExtractedEntity jiading = entity(x, "嘉定区").orElseThrow();
        assertThat(jiading.type()).isEqualTo(EntityType.District);
        assertThat(jiading.id()).isEqualTo(jiading.code());
        assertThat(x.entities()).noneMatch(e -> e.name().contains("政府"));
    }

    @Test
    void placePrefixedFormsOfOneParkAreOneEntity() {
        Extraction x = extract("上海南翔工业区与宣城高新区签约。嘉定区南翔工业区将派驻团队。南翔工业区负责招商。");
        assertThat(x.entities().stream().filter(e -> e.name().contains("南翔工业区"))).hasSize(1);
    }

    @Test
    void anAddressBeforeAParkWithANameOfItsOwnIsNotPartOfItsName() {
        Extraction x = extract("项目落户安徽省宣城市云岫湾示范区。另一项目落户嘉兴秀洲国家高新区。");
        assertThat(entity(x, "云岫湾示范区")).isPresent();
        // without its places, 国家高新区 would be any national high-tech zone: they stay
        assertThat(entity(x, "嘉兴秀洲国家高新区")).isPresent();
        assertThat(ExtractorTestSupport.relation(x, "云岫湾示范区", RelationType.LOCATED_IN, "宣城市")).isPresent();
    }

    @Test
    void sameDepartmentOfTwoPlacesStaysTwo() {
        Extraction x = extract("嘉定区文旅局与宣城市文旅局签订框架协议。");
        assertThat(entity(x, "嘉定区文旅局")).isPresent();
        assertThat(entity(x, "宣城市文旅局")).isPresent();
        assertThat(entity(x, "嘉定区文旅局").orElseThrow().id()).isNotEqualTo(entity(x, "宣城市文旅局").orElseThrow().id());
    }

    @Test
    void shortNamesAndCompanySuffixes() {
        Extraction x = extract("澄江控股集团有限公司(以下简称“澄控”)在宣城投资。澄控计划扩产,澄江控股集团也将增资。");
        ExtractedEntity c = entity(x, "澄江控股集团有限公司").orElseThrow();
        assertThat(c.aliases()).contains("澄控", "澄江控股集团");
        assertThat(c.mentions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(c.id()).isEqualTo("Company:澄江控股集团有限公司");
    }

    @Test
    void ancestorsOfNamedPlacesComeFromTheGazetteer() {
        Extraction x = extract("嘉定区南翔镇加快建设。");
        assertThat(x.ancestors()).extracting(ExtractedEntity::name).contains("上海市");
        assertThat(x.hierarchy()).isNotEmpty();
    }

    @Test
    void aKnownCompanyBeforeAUnitItOnlyDescribesIsTheCompany() {
        Extraction x = extract("云杉公司在上海设立分部。最近，云杉研发中心正式落户宣城经开区。");
        assertThat(entity(x, "云杉研发中心")).isEmpty();
        assertThat(ExtractorTestSupport.relation(x, "云杉公司", RelationType.LOCATED_IN, "宣城经开区")).isPresent();
    }

    @Test
    void aZoneCalledByTheShortFormOfItsKindIsTheSameZone() {
        Extraction x = extract("位于海安经济技术开发区的星澜产业园已投产。海安开发区将提供用地。海安经开区管委会表示欢迎。"
                + "苏州高新技术产业开发区与星澜集团签约。苏州高新区将提供厂房。");
        assertThat(entity(x, "海安经济技术开发区")).get().extracting(ExtractedEntity::aliases).asList()
                .contains("海安开发区", "海安经开区");
        assertThat(entity(x, "苏州高新技术产业开发区")).get().extracting(ExtractedEntity::aliases).asList().contains("苏州高新区");
        // two zones of one place stay two: its high-tech zone is not its economic zone
        Extraction two = extract("海安高新区与海安经济技术开发区签约。");
        assertThat(entity(two, "海安高新区")).isPresent();
        assertThat(entity(two, "海安经济技术开发区")).isPresent();
    }

    @Test
    void aBodyOfAnotherLevelOfGovernmentIsAnotherBody() {
        Extraction x = extract("此前，浙江省人民医院已与衢州市人民医院组建医疗集团。");
        assertThat(entity(x, "浙江省人民医院")).isPresent();
        assertThat(entity(x, "衢州市人民医院")).isPresent();
    }

    @Test
    void aGovernmentBodyCalledByTheOfficialShortFormOfItsKindIsTheSameBody() {
        Extraction x = extract("日前，由上海市科委、江苏省科学技术厅共同建设的星澜仪器共享平台上线。"
                + "上海市科学技术委员会有关负责人介绍，江苏省科技厅将提供经费。");
        assertThat(entity(x, "上海市科学技术委员会")).get().extracting(ExtractedEntity::aliases).asList().contains("上海市科委");
        assertThat(entity(x, "江苏省科学技术厅")).get().extracting(ExtractedEntity::aliases).asList().contains("江苏省科技厅");
        // the same kind of body of two places stays two
        Extraction two = extract("上海市科委与江苏省科委签署协议。");
        assertThat(entity(two, "上海市科委")).isPresent();
        assertThat(entity(two, "江苏省科委")).isPresent();
    }

    @Test
    void aShortFormMadeOfGenericWordsNamesNoCompany() {
        Extraction x = extract("宿州旅游发展股份有限公司与上海白鹭国际旅行社有限公司签署协议。两地发布了生态旅游线路。");
        assertThat(entity(x, "宿州旅游发展股份有限公司")).get().extracting(ExtractedEntity::aliases).asList()
                .doesNotContain("旅游");
        assertThat(ExtractorTestSupport.names(x)).doesNotContain("旅游");
    }

    @Test
    void aHospitalAttachedToAUniversityIsLaterCalledByWhatFollows附属() {
        Extraction x = extract("日前，星澜大学医学院附属青禾医院与六安市人民医院签署协议。青禾医院将定期派专家赴六安坐诊。");
        assertThat(entity(x, "星澜大学医学院附属青禾医院")).get().extracting(ExtractedEntity::aliases).asList().contains("青禾医院");
        assertThat(x.entities()).noneMatch(e -> e.name().equals("青禾医院"));
    }

    @Test
    void aForeignCompanyIsTheSameWithOrWithoutItsCountry() {
        Extraction x = extract("该项目由德国KMQ集团投资建设。KMQ集团亚太区总裁表示，将继续加大在华投资。");
        assertThat(entity(x, "德国KMQ集团")).get().extracting(ExtractedEntity::aliases).asList().contains("KMQ集团");
        assertThat(x.entities()).noneMatch(e -> e.name().equals("KMQ集团"));
    }

    @Test
    void aParksNameWithoutWhatSetsItApartIsThatParkWhenOnlyOneFits() {
        Extraction x = extract("嘉兴南湖区与上海闵行区共建星澜科创飞地。近日，南湖·闵行星澜科创飞地正式揭牌。");
        assertThat(entity(x, "南湖·闵行星澜科创飞地")).get().extracting(ExtractedEntity::aliases).asList().contains("星澜科创飞地");
        // two parks it could be: it stays apart
        Extraction two = extract("两地共建星澜科创飞地。甲·乙星澜科创飞地和丙·丁星澜科创飞地同日揭牌。");
        assertThat(entity(two, "甲·乙星澜科创飞地").orElseThrow().aliases()).doesNotContain("星澜科创飞地");
    }

    @Test
    void aShortFormCutShortByTheSegmenterIsTheOneCompanyWhoseNameHoldsIt() {
        // 进入/v 中/f 能/v …: HanLP leaves 中 outside the short name, which comes out as 能晶材公司
        Extraction x = extract("浙江湖州，瑞鑫中能晶材科技发展公司，由于员工还没有返岗，公司很着急。学校准备安排40名毕业生进入中能晶材公司实习。");
        assertThat(x.entities()).filteredOn(e -> e.type() == org.yrdkg.extract.model.EntityType.Company).hasSize(1);
        assertThat(entity(x, "瑞鑫中能晶材科技发展公司").orElseThrow().mentions()).hasSize(2);
    }
}
