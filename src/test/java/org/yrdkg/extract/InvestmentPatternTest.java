package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.entity;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.model.RelationType.INVESTS_IN;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/** The common phrasings of investment news, each on invented company and project names. */
class InvestmentPatternTest {

    private static long amount(Extraction x, String source, String target) {
        return relation(x, source, INVESTS_IN, target).orElseThrow().amountCny();
    }

    @Test
    void investsAnAmountAtAHost() {
        Extraction x = extract("澄江新材料有限公司投资12亿元在宣城高新区建设锂电隔膜生产基地。");
        assertThat(amount(x, "澄江新材料有限公司", "宣城高新区")).isEqualTo(1_200_000_000L);
    }

    @Test
    void plansToInvestThenNamesTheHostAfterAComma() {
        Extraction x = extract("澄江新材料有限公司计划投资6.5亿元，在桐乡经济开发区建设高性能纤维生产线。");
        assertThat(amount(x, "澄江新材料有限公司", "桐乡经济开发区")).isEqualTo(650_000_000L);
    }

    @Test
    void hostBeforeTheInvestment() {
        Extraction x = extract("澄江新材料有限公司拟在德清县投资约3亿元建设研发总部。");
        ExtractedRelation r = relation(x, "澄江新材料有限公司", INVESTS_IN, "德清县").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(300_000_000L);
        assertThat(r.amountQualifier()).isEqualTo("约");
    }

    @Test
    void signsWithAHostThenInvests() {
        Extraction x = extract("杭州云岫智能科技有限公司与南浔经济开发区签约，拟投资超8.5亿元建设智能装备产业化基地。");
        ExtractedRelation r = relation(x, "杭州云岫智能科技有限公司", INVESTS_IN, "南浔经济开发区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(850_000_000L);
        assertThat(r.amountQualifier()).isEqualTo("超");
    }

    @Test
    void hostSignsWithTheCompany() {
        Extraction x = extract("滁州经开区与杭州云岫智能科技有限公司签约智能终端项目，总投资20亿元。");
        assertThat(amount(x, "杭州云岫智能科技有限公司", "滁州经开区")).isEqualTo(2_000_000_000L);
    }

    @Test
    void aProvincesOwnProjectsBroughtInAreItsInvestment() {
        assertThat(relation(extract("去年以来,宣城平均每天引进一个沪上项目。"), "上海市", INVESTS_IN, "宣城市")).isPresent();
        // 沪上 alone, with no project brought in, is only where something happens
        assertThat(extract("宣城代表团赴沪上考察。").relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void aSentenceOpenedByACompanysProjectStartedSomewhereIsItsInvestmentThere() {
        // 网易 is in HanLP's dictionary as a company (ntc): the project is named after it
        Extraction x = extract("网易长三角智能计算中心及产业基地项目昨天(6月6日)在宣城泾县正式开工,项目预估投资超过45亿元。");
        ExtractedRelation r = relation(x, "网易", INVESTS_IN, "泾县").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(4_500_000_000L);
        assertThat(r.project()).isEqualTo("网易长三角智能计算中心及产业基地项目");
        // the centre keeps its own name and lies where the project is built
        assertThat(relation(x, "网易长三角智能计算中心", RelationType.LOCATED_IN, "泾县")).isPresent();
        // a first word HanLP does not know as a company names no owner
        Extraction unknown = extract("青禾长三角智能计算中心及产业基地项目昨天在宣城泾县正式开工,项目预估投资超过45亿元。");
        assertThat(unknown.relations()).noneMatch(rel -> rel.type() == INVESTS_IN);
    }

    @Test
    void signingWithoutInvestmentIsNoInvestment() {
        Extraction x = extract("杭州云岫智能科技有限公司与南浔经济开发区签约，共建人才实训基地。");
        assertThat(relation(x, "杭州云岫智能科技有限公司", INVESTS_IN, "南浔经济开发区")).isEmpty();
    }

    @Test
    void companyInvestsInAProjectThatLands() {
        Extraction x = extract("上海锐驰动力科技有限公司投资45亿元的动力总成项目，落户平湖经济技术开发区。");
        ExtractedRelation r = relation(x, "上海锐驰动力科技有限公司", INVESTS_IN, "平湖经济技术开发区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(4_500_000_000L);
        assertThat(r.project()).isEqualTo("动力总成项目");
    }

    @Test
    void projectNamedAfterAShortNameBelongsToTheFullCompany() {
        Extraction x = extract("总投资30亿元的云岫智能传感器项目落户桐乡经济开发区。该项目由杭州云岫智能科技有限公司投资建设。");
        assertThat(amount(x, "杭州云岫智能科技有限公司", "桐乡经济开发区")).isEqualTo(3_000_000_000L);
        assertThat(entity(x, "云岫")).map(ExtractedEntity::name).contains("杭州云岫智能科技有限公司");
    }

    @Test
    void projectSignedAtAHostAndBuiltByACompany() {
        Extraction x = extract("总投资18亿元的澜芯封装测试基地项目签约莫干山高新区，项目由浙江澜芯微电子有限公司投资建设。");
        assertThat(amount(x, "浙江澜芯微电子有限公司", "莫干山高新区")).isEqualTo(1_800_000_000L);
    }

    @Test
    void projectBuiltByAnInvestorInTheParagraphsHost() {
        Extraction x = extract("在宜兴经济技术开发区，智能仓储二期项目由宜兴市城市发展投资公司投资近8亿元建设。");
        ExtractedRelation r = relation(x, "宜兴市城市发展投资公司", INVESTS_IN, "宜兴经济技术开发区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(800_000_000L);
        assertThat(r.amountQualifier()).isEqualTo("近");
    }

    @Test
    void stakeInAJointlyFoundedFund() {
        Extraction x = extract("南京江北新区出资2亿元，与滁州市共同设立规模10亿元的宁滁产业协同发展基金。");
        assertThat(amount(x, "南京江北新区", "宁滁产业协同发展基金")).isEqualTo(200_000_000L);
        assertThat(relation(x, "滁州市", INVESTS_IN, "宁滁产业协同发展基金")).isPresent();
    }

    @Test
    void foundersOfAJointCompany() {
        Extraction x = extract("由嘉兴市、湖州市和宣城市共同出资组建的长三角绿色发展投资有限公司正式揭牌。");
        assertThat(relation(x, "嘉兴市", INVESTS_IN, "长三角绿色发展投资有限公司")).isPresent();
        assertThat(relation(x, "湖州市", INVESTS_IN, "长三角绿色发展投资有限公司")).isPresent();
        assertThat(relation(x, "宣城市", INVESTS_IN, "长三角绿色发展投资有限公司")).isPresent();
    }

    @Test
    void groupOfPlacesExpandsToItsMembers() {
        Extraction x = extract("由三省一市共同出资组建的长三角绿色发展投资有限公司正式揭牌。");
        assertThat(relation(x, "上海市", INVESTS_IN, "长三角绿色发展投资有限公司")).isPresent();
        assertThat(relation(x, "安徽省", INVESTS_IN, "长三角绿色发展投资有限公司")).isPresent();
    }

    @Test
    void jointVenture() {
        Extraction x = extract("昆山市与太仓市合资成立娄江港口物流有限公司。");
        assertThat(relation(x, "昆山市", INVESTS_IN, "娄江港口物流有限公司")).isPresent();
        assertThat(relation(x, "太仓市", INVESTS_IN, "娄江港口物流有限公司")).isPresent();
    }

    @Test
    void chineseNumeralAmounts() {
        Extraction x = extract("澄江新材料有限公司投资五十亿元在宣城高新区建设新基地。");
        assertThat(amount(x, "澄江新材料有限公司", "宣城高新区")).isEqualTo(5_000_000_000L);
        Extraction y = extract("澄江新材料有限公司投资三千万元在德清县设立研发中心。");
        assertThat(amount(y, "澄江新材料有限公司", "德清县")).isEqualTo(30_000_000L);
    }

    @Test
    void investmentWithoutAHostIsNone() {
        Extraction x = extract("澄江新材料有限公司今年计划投资12亿元，用于技术改造。");
        assertThat(x.relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void projectLandsThenIsBuiltByACompany() {
        Extraction x = extract("总投资25亿元的星岚智能装备项目落户博望高新区，由南京星岚数控科技有限公司投资建设。");
        ExtractedRelation r = relation(x, "南京星岚数控科技有限公司", INVESTS_IN, "博望高新区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(2_500_000_000L);
        assertThat(r.project()).isEqualTo("星岚智能装备项目");
        Extraction y = extract("总投资约9亿元的澄川精密装备产业园项目落户嘉善县姚庄镇，由上海祥隆精工集团投资建设。");
        assertThat(amount(y, "上海祥隆精工集团", "姚庄镇")).isEqualTo(900_000_000L);
    }

    @Test
    void listedProjectsOfASigningCeremonyGoToItsHost() {
        Extraction x = extract("""
                3月27日，桐乡经济开发区2024年度重点项目集中签约仪式举行。现场共签约项目8个。

                1. 总投资22亿元的浙江澜川半导体材料有限公司大尺寸硅片项目，达产后预计年产值超30亿元；

                2. 上海骏图精密机械集团投资15亿元建设高端数控机床生产基地；

                3. 苏州澄纳智能科技有限公司投资3.6亿元的工业机器人核心部件项目。
                """);
        assertThat(amount(x, "浙江澜川半导体材料有限公司", "桐乡经济开发区")).isEqualTo(2_200_000_000L);
        assertThat(amount(x, "上海骏图精密机械集团", "桐乡经济开发区")).isEqualTo(1_500_000_000L);
        assertThat(amount(x, "苏州澄纳智能科技有限公司", "桐乡经济开发区")).isEqualTo(360_000_000L);
    }

    @Test
    void shareholdersNamedAfterAJointFounding() {
        Extraction x = extract("昆山市与太仓市签订合作协议。双方合资组建了娄江港口物流有限公司，其中澄江控股集团出资占股51%，"
                + "太仓港经济技术开发区下属平台公司出资占股49%。");
        assertThat(relation(x, "澄江控股集团", INVESTS_IN, "娄江港口物流有限公司")).isPresent();
        assertThat(relation(x, "太仓港经济技术开发区", INVESTS_IN, "娄江港口物流有限公司")).isPresent();
        assertThat(relation(x, "昆山市", INVESTS_IN, "娄江港口物流有限公司")).isEmpty();
    }

    @Test
    void companyNamedByItsTrade() {
        Extraction x = extract("由嘉兴市和湖州市共同出资组建的嘉湖城乡发展建设有限公司正式成立。");
        assertThat(relation(x, "嘉兴市", INVESTS_IN, "嘉湖城乡发展建设有限公司")).isPresent();
        assertThat(relation(x, "湖州市", INVESTS_IN, "嘉湖城乡发展建设有限公司")).isPresent();
    }

    @Test
    void aShortFormInBracketsBeforeTheSigningPartnerStillLeadsToTheCost() {
        Extraction x = extract("3月10日,星澜科技集团股份有限公司(以下简称“星澜科技”)与丽水经济技术开发区管委会签署投资协议,"
                + "计划投资50亿元建设电池材料生产基地。");
        assertThat(amount(x, "星澜科技集团股份有限公司", "丽水经济技术开发区")).isEqualTo(5_000_000_000L);
    }

    @Test
    void aCompanysProjectCeremonyAtAPlaceIsItsInvestmentThere() {
        Extraction x = extract("同日,青禾新材料(苏州)有限公司在丽水高新区举行项目开工仪式,该项目总投资12亿元。");
        assertThat(amount(x, "青禾新材料(苏州)有限公司", "丽水高新区")).isEqualTo(1_200_000_000L);
        // a press conference is no project
        Extraction press = extract("白鹭集团在丽水高新区举行新闻发布会。");
        assertThat(relation(press, "白鹭集团", INVESTS_IN, "丽水高新区")).isEmpty();
    }

    @Test
    void aHeadlinesCostBeforeTheProjectBelongsToTheCompanysLanding() {
        Extraction x = extract("星澜集团50亿元项目落户丽水");
        assertThat(amount(x, "星澜集团", "丽水市")).isEqualTo(5_000_000_000L);
    }

    @Test
    void eachInvestorOfAFinancingRoundInvestsInTheCompanyRaisingIt() {
        Extraction x = extract("近日,丽水白鹭科技有限公司宣布完成5亿元B轮融资,本轮融资由上海星河创业投资基金领投,苏州青岚创投跟投。");
        assertThat(relation(x, "上海星河创业投资基金", INVESTS_IN, "丽水白鹭科技有限公司")).isPresent();
        assertThat(relation(x, "苏州青岚创投", INVESTS_IN, "丽水白鹭科技有限公司")).isPresent();
        // the round's sum is both investors' together: neither carries it
        assertThat(relation(x, "苏州青岚创投", INVESTS_IN, "丽水白鹭科技有限公司").orElseThrow().amountCny()).isNull();
        Extraction alone = extract("丽水白鹭科技有限公司完成2亿元A轮融资,由上海星河创业投资基金独家投资。");
        assertThat(amount(alone, "上海星河创业投资基金", "丽水白鹭科技有限公司")).isEqualTo(200_000_000L);
    }

    @Test
    void aProjectTheCompanyInvestsToBuildIsBuiltWhereTheNextClauseSays() {
        Extraction x = extract("其中，上海青枫物流集团投资12亿元建设的云溪智慧物流园项目，将在安吉经济开发区开工建设。");
        ExtractedRelation r = relation(x, "上海青枫物流集团", INVESTS_IN, "安吉经济开发区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(1_200_000_000L);
        assertThat(r.project()).isEqualTo("云溪智慧物流园项目");
    }

    @Test
    void aProjectBuiltByACompanyAtTheParagraphsPlace() {
        Extraction x = extract("在全椒经济开发区，由江苏澄川光电集团投资30亿元建设的光伏组件项目一期已经投产。");
        ExtractedRelation r = relation(x, "江苏澄川光电集团", INVESTS_IN, "全椒经济开发区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(3_000_000_000L);
        assertThat(r.project()).isEqualTo("光伏组件项目一期");
    }

    @Test
    void aBareCompanyOpeningAClauseIsTheCompanyJustNamed() {
        Extraction x = extract("丽水白鹭医疗器械有限公司总经理说，公司在海安高新区投资6000万元建设的生产基地将于明年投产。");
        assertThat(amount(x, "丽水白鹭医疗器械有限公司", "海安高新区")).isEqualTo(60_000_000L);
    }

    @Test
    void aBareGroupOpeningAClauseIsTheGroupJustNamed() {
        Extraction x = extract("星岚港务集团有限公司董事长表示，集团将投资15亿元在嘉兴港区建设集装箱码头。");
        assertThat(amount(x, "星岚港务集团有限公司", "嘉兴港区")).isEqualTo(1_500_000_000L);
    }

    @Test
    void theProjectAnInvestmentAtAHostBuildsIsNamedWithIt() {
        Extraction x = extract("公告称，星岚新能源股份有限公司拟在南湖区投资建设年产5GW光伏组件项目，项目总投资约20亿元。");
        ExtractedRelation r = relation(x, "星岚新能源股份有限公司", INVESTS_IN, "南湖区").orElseThrow();
        assertThat(r.project()).isEqualTo("年产5GW光伏组件项目");
        assertThat(r.amountCny()).isEqualTo(2_000_000_000L);
    }

    @Test
    void aContractRoleTheDocumentGaveAPartyStandsForIt() {
        Extraction x = extract("公告称，公司拟与丽水星岚国有资产投资开发有限公司（以下简称“星岚国投”、“乙方”）签订合作协议。"
                + "双方拟成立合资公司“丽水星岚电力开发有限公司”，其中甲方拟出资1.5亿元持股85%，乙方拟出资0.26亿元持股15%。");
        assertThat(relation(x, "丽水星岚国有资产投资开发有限公司", INVESTS_IN, "丽水星岚电力开发有限公司")).isPresent();
        // only 乙方 declared: 甲方 is the company the announcement is about
        Extraction announced = extract("星岚新能源股份有限公司关于对外投资的公告。星岚新能源股份有限公司拟与丽水星岚国有资产投资开发有限公司"
                + "（以下简称“乙方”）签订合作协议。双方拟成立合资公司“丽水星岚电力开发有限公司”，其中甲方拟出资1.5亿元持股85%，"
                + "乙方拟出资0.26亿元持股15%。");
        assertThat(relation(announced, "星岚新能源股份有限公司", INVESTS_IN, "丽水星岚电力开发有限公司")).isPresent();
        assertThat(relation(announced, "丽水星岚国有资产投资开发有限公司", INVESTS_IN, "丽水星岚电力开发有限公司")).isPresent();
        // a role is no name: it joins no entity's aliases
        assertThat(ExtractorTestSupport.entity(x, "丽水星岚国有资产投资开发有限公司").orElseThrow().aliases()).doesNotContain("乙方");
    }

    @Test
    void theProjectAnInvestmentAfterASigningBuildsIsNamedWithIt() {
        Extraction x = extract("上海锦岚新材料有限公司与青阳县人民政府签约，计划投资12亿元建设高性能复合材料生产基地项目。");
        ExtractedRelation r = relation(x, "上海锦岚新材料有限公司", INVESTS_IN, "青阳县").orElseThrow();
        assertThat(r.project()).isEqualTo("高性能复合材料生产基地项目");
        assertThat(r.amountCny()).isEqualTo(1_200_000_000L);
        Extraction y = extract("星岚电子有限公司将投资5亿元在南湖区建设智能传感器项目。");
        assertThat(relation(y, "星岚电子有限公司", INVESTS_IN, "南湖区").orElseThrow().project()).isEqualTo("智能传感器项目");
    }

    @Test
    void aParentInvestsInTheSubsidiaryItFoundsWhichLiesWhereItIsSetUp() {
        Extraction x = extract("星岚电子股份有限公司拟以自有资金出资5亿元在滁州设立全资子公司星岚电子（滁州）有限公司。"
                + "星岚电子股份有限公司拟出资2亿元设立全资子公司星岚智能科技有限公司。");
        assertThat(relation(x, "星岚电子股份有限公司", INVESTS_IN, "星岚电子(滁州)有限公司").orElseThrow().amountCny())
                .isEqualTo(500_000_000L);
        assertThat(relation(x, "星岚电子(滁州)有限公司", org.yrdkg.extract.model.RelationType.LOCATED_IN, "滁州市")).isPresent();
        assertThat(relation(x, "星岚电子股份有限公司", INVESTS_IN, "星岚智能科技有限公司").orElseThrow().amountCny())
                .isEqualTo(200_000_000L);
        // a company named after a signing is its partner, not a subsidiary
        Extraction y = extract("星岚电子股份有限公司拟出资2亿元，与青禾投资有限公司签署合作协议。");
        assertThat(relation(y, "星岚电子股份有限公司", INVESTS_IN, "青禾投资有限公司")).isEmpty();
    }

    @Test
    void theProjectOfAnInvestmentAtTheSigningCeremonyIsNamedWithIt() {
        Extraction x = extract("日前，星湖工业园区举行重点项目集中签约仪式。其中，星岚精密机械有限公司投资6亿元建设高端数控机床项目。");
        ExtractedRelation r = relation(x, "星岚精密机械有限公司", INVESTS_IN, "星湖工业园区").orElseThrow();
        assertThat(r.project()).isEqualTo("高端数控机床项目");
        assertThat(r.amountCny()).isEqualTo(600_000_000L);
    }

    @Test
    void whatTheVerbInvestsInAreItsObjects() {
        Extraction x = extract("星岚资本管理有限公司已投资青禾半导体有限公司、白鹭微电子有限公司等5家企业。");
        assertThat(relation(x, "星岚资本管理有限公司", INVESTS_IN, "青禾半导体有限公司")).isPresent();
        assertThat(relation(x, "星岚资本管理有限公司", INVESTS_IN, "白鹭微电子有限公司")).isPresent();
        // the verb is no part of the first object's name
        assertThat(ExtractorTestSupport.names(x)).doesNotContain("投资青禾半导体有限公司");
    }

    @Test
    void theDocumentsOneFundCalledByItsHeadWordAlone() {
        Extraction x = extract("近日，长三角星澜产业基金完成首轮募资。该基金由上海星岚集团联合沪苏浙皖四地的国有资本投资平台共同发起设立。"
                + "目前，基金已投资合肥青禾微电子有限公司等5家企业。");
        assertThat(relation(x, "上海星岚集团", INVESTS_IN, "长三角星澜产业基金")).isPresent();
        assertThat(relation(x, "长三角星澜产业基金", INVESTS_IN, "合肥青禾微电子有限公司")).isPresent();
        // the provinces only say whose investment platforms take part: they are no founders or partners
        assertThat(x.relations()).noneMatch(r -> r.target().equals("长三角星澜产业基金") && r.source().endsWith("省"));
        assertThat(relation(x, "上海星岚集团", org.yrdkg.extract.model.RelationType.COOPERATES_WITH, "江苏省")).isEmpty();
    }

    @Test
    void aProjectNamedAfterACompanysFullNameIsThatCompanysWhereItsCeremonyIsHeld() {
        Extraction x = extract("9月18日，星岚新能源科技（江苏）有限公司年产10GWh储能电池项目签约仪式在盐城经济技术开发区举行。");
        ExtractedRelation r = relation(x, "星岚新能源科技(江苏)有限公司", INVESTS_IN, "盐城经济技术开发区").orElseThrow();
        assertThat(r.project()).isEqualTo("年产10GWh储能电池项目");
        // the brand alone is no second company
        assertThat(ExtractorTestSupport.names(x)).doesNotContain("星岚");
    }

    @Test
    void theProjectsTotalSaidAfterItsBuilderIsTheBuildersInvestment() {
        Extraction x = extract("9月18日，星岚新能源科技（江苏）有限公司年产10GWh储能电池项目签约仪式在盐城经济技术开发区举行。"
                + "该项目由青禾能源集团有限公司投资建设，总投资50亿元，达产后年产值超80亿元。");
        assertThat(relation(x, "青禾能源集团有限公司", INVESTS_IN, "盐城经济技术开发区").orElseThrow().amountCny())
                .isEqualTo(5_000_000_000L);
    }

    @Test
    void whenItHappenedMayStandBeforeTheSigningPartner() {
        Extraction x = extract("芜湖星辰机器人有限公司当天与松江区签约，拟投资8亿元在松江建设机器人研发中心。");
        assertThat(relation(x, "芜湖星辰机器人有限公司", INVESTS_IN, "松江区").orElseThrow().amountCny()).isEqualTo(800_000_000L);
    }
}
