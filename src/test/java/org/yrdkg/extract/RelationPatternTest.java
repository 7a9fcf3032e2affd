package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.model.RelationType.COOPERATES_WITH;
import static org.yrdkg.extract.model.RelationType.INVESTS_IN;
import static org.yrdkg.extract.model.RelationType.LOCATED_IN;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/** Each relation pattern on invented names in real sentence patterns. */
class RelationPatternTest {

    @Test
    void conjunctionAndTrigger() {
        Extraction x = extract("嘉兴市与苏州市吴江区签订战略合作协议。");
        assertThat(relation(x, "嘉兴市", COOPERATES_WITH, "吴江区")).isPresent();
        assertThat(relation(x, "吴江区", LOCATED_IN, "苏州市")).isPresent();
    }

    @Test
    void conjunctionWithoutTriggerIsNoCooperation() {
        Extraction x = extract("嘉兴市与苏州市相距不远,气候相近。");
        assertThat(x.relations().stream().filter(r -> r.type() == COOPERATES_WITH)).isEmpty();
    }

    @Test
    void listOnTheRightWithTheSubjectBeforeAComma() {
        Extraction x = extract("松江区依托政务服务平台,与宁波镇海、绍兴柯桥、合肥蜀山等8地签订通办协议。");
        assertThat(relation(x, "松江区", COOPERATES_WITH, "镇海区")).isPresent();
        assertThat(relation(x, "松江区", COOPERATES_WITH, "柯桥区")).isPresent();
        assertThat(relation(x, "松江区", COOPERATES_WITH, "蜀山区")).isPresent();
        assertThat(relation(x, "柯桥区", LOCATED_IN, "绍兴市")).isPresent();
    }

    @Test
    void respectivelyPairsElementWise() {
        Extraction x = extract("宣城一中、宣城二中2所学校分别与芜湖一中、芜湖二中建立结对关系。");
        assertThat(relation(x, "宣城一中", COOPERATES_WITH, "芜湖一中")).isPresent();
        assertThat(relation(x, "宣城二中", COOPERATES_WITH, "芜湖二中")).isPresent();
        assertThat(relation(x, "宣城一中", COOPERATES_WITH, "芜湖二中")).isEmpty();
    }

    @Test
    void listWithACloseTriggerCooperatesPairwise() {
        Extraction x = extract("金陵理工大学、嘉定区政府和澄江控股集团三方共建创新中心。");
        assertThat(relation(x, "金陵理工大学", COOPERATES_WITH, "嘉定区")).isPresent();
        assertThat(relation(x, "金陵理工大学", COOPERATES_WITH, "澄江控股集团")).isPresent();
        assertThat(relation(x, "嘉定区", COOPERATES_WITH, "澄江控股集团")).isPresent();
    }

    @Test
    void projectInvestmentWithAmountProjectAndDate() {
        Extraction x = extract("总投资12亿元的星禾新材料年产5万吨项目2024年3月落户滁州经开区。");
        ExtractedRelation r = relation(x, "星禾", INVESTS_IN, "滁州经开区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(1_200_000_000L);
        assertThat(r.project()).isEqualTo("星禾新材料年产5万吨项目");
        assertThat(r.date()).isEqualTo("2024-03");
        assertThat(r.evidence()).contains("星禾");
    }

    @Test
    void locativeHeadCarriesOverSemicolons() {
        Extraction x = extract("在宣城高新区,总投资8.5亿元的宛陵智造产业园项目已签约;总投资近3亿元的澜拓科技(宣城)电池项目于2023年5月开工。");
        assertThat(relation(x, "宛陵智造", INVESTS_IN, "宣城高新区")).isPresent();
        ExtractedRelation r = relation(x, "澜拓科技", INVESTS_IN, "宣城高新区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(300_000_000L);
        assertThat(r.amountQualifier()).isEqualTo("近");
    }

    @Test
    void companyInvestsAtAPlace() {
        Extraction x = extract("澄江控股集团有限公司在宣城高新区投资12亿元建设智能工厂。");
        ExtractedRelation r = relation(x, "澄江控股集团有限公司", INVESTS_IN, "宣城高新区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(1_200_000_000L);
    }

    @Test
    void jointlyFoundedCompanyHasItsParentsAsInvestors() {
        Extraction x = extract("嘉定区与宣城市联合组建宣嘉科创产业园运营管理有限公司。");
        assertThat(relation(x, "嘉定区", INVESTS_IN, "宣嘉科创产业园运营管理有限公司")).isPresent();
        assertThat(relation(x, "宣城市", INVESTS_IN, "宣嘉科创产业园运营管理有限公司")).isPresent();
    }

    @Test
    void signedProjectsFromAPlaceInvestInTheSigner() {
        Extraction x = extract("今年以来,宣城市签约45个上海项目共312.5亿元。");
        ExtractedRelation r = relation(x, "上海市", INVESTS_IN, "宣城市").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(31_250_000_000L);
    }

    @Test
    void builtAtAPlaceLiesThere() {
        Extraction x = extract("长三角先进材料研究院在嘉定区建设南翔智造创新综合体。");
        assertThat(relation(x, "南翔智造创新综合体", LOCATED_IN, "嘉定区")).isPresent();
    }

    @Test
    void attractedCompaniesLieInThePark() {
        Extraction x = extract("宣城高新区吸引了澄江控股集团等56家龙头企业入驻。");
        assertThat(relation(x, "澄江控股集团", LOCATED_IN, "宣城高新区")).isPresent();
    }

    @Test
    void placePrefixedNamesAndOfficialHierarchy() {
        Extraction x = extract("上海市嘉定区南翔镇与安徽省宣城市合作。");
        assertThat(relation(x, "南翔镇", LOCATED_IN, "嘉定区")).isPresent();
        assertThat(relation(x, "宣城市", LOCATED_IN, "安徽省")).isPresent();
        assertThat(x.relations()).noneMatch(r -> r.sourceId().equals(r.targetId()));
    }

    @Test
    void traditionalScriptGivesTheSameFacts() {
        Extraction x = extract("嘉興市與蘇州市吳江區簽訂戰略合作協議。");
        assertThat(relation(x, "嘉兴市", COOPERATES_WITH, "吴江区")).isPresent();
        assertThat(relation(x, "嘉兴市", COOPERATES_WITH, "吴江区").orElseThrow().evidence()).contains("簽訂");
    }
}
