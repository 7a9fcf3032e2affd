package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.model.RelationType.INVESTS_IN;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/** Investment frames read from the clause around the verb, each on invented names. */
class InvestmentFrameTest {

    @Test
    void stakeIntoACompanyWithTheAmountSaidAfterTheVerb() {
        Extraction x = extract("澄江新材料有限公司以自有资金向宣城澄江电子有限公司进行增资,增资金额为人民币49,800 万元。");
        ExtractedRelation r = relation(x, "澄江新材料有限公司", INVESTS_IN, "宣城澄江电子有限公司").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(498_000_000L);
    }

    @Test
    void stakeIntoAnnouncedByTheSubject() {
        Extraction x = extract("云岫控股集团有限公司发布关于向滁州云岫科技有限公司增资的公告。");
        assertThat(relation(x, "云岫控股集团有限公司", INVESTS_IN, "滁州云岫科技有限公司")).isPresent();
    }

    @Test
    void foreignCurrencyIsKeptAsStatedAndNeverConverted() {
        Extraction x = extract("澄江新材料有限公司拟向宣城澄江电子有限公司注资1.5亿美元。");
        ExtractedRelation r = relation(x, "澄江新材料有限公司", INVESTS_IN, "宣城澄江电子有限公司").orElseThrow();
        assertThat(r.amountCny()).isNull();
        assertThat(r.amount()).isEqualTo(150_000_000L);
        assertThat(r.currency()).isEqualTo("USD");
    }

    @Test
    void investmentAgreementWithAParksCommittee() {
        Extraction x = extract("澄江新材料有限公司与宣城高新技术产业开发区管理委员会签署了有关锂电隔膜项目的投资协议。");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(INVESTS_IN);
            assertThat(r.source()).isEqualTo("澄江新材料有限公司");
            assertThat(r.target()).startsWith("宣城高新技术产业开发区");
        });
    }

    @Test
    void aCooperationAgreementIsNoInvestment() {
        Extraction x = extract("澄江新材料有限公司与宣城高新技术产业开发区管理委员会签署了人才培养合作协议。");
        assertThat(x.relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void aPlaceBacksCompaniesWithCapital() {
        Extraction x = extract("滁州通过投资引育了云岫科技有限公司、澄江电子有限公司等一批龙头企业。");
        assertThat(relation(x, "滁州市", INVESTS_IN, "云岫科技有限公司")).isPresent();
        assertThat(relation(x, "滁州市", INVESTS_IN, "澄江电子有限公司")).isPresent();
    }

    @Test
    void aCompanyThePlaceBroughtInByInvesting() {
        Extraction x = extract("云岫科技有限公司是滁州最早通过投资引入培育的显示屏企业。");
        assertThat(relation(x, "滁州市", INVESTS_IN, "云岫科技有限公司")).isPresent();
    }

    @Test
    void settlingWithCapitalAddedIsAnInvestment() {
        Extraction x = extract("来自海外的云岫集团已有6个工厂落户宣城,多年来先后增资12次。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "宣城市")).isPresent();
    }

    @Test
    void settlingWithoutMoneyIsNoInvestment() {
        Extraction x = extract("来自海外的云岫集团已有6个工厂落户宣城。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "宣城市")).isEmpty();
    }

    @Test
    void aPlantSitedInAPlaceStartsWork() {
        Extraction x = extract("前不久,位于宣城的云岫集团高端智能制造工厂开工建设。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "宣城市")).isPresent();
    }

    @Test
    void ownProjectStartsInATownWithItsTotal() {
        Extraction x = extract("云岫集团位于安徽宣城的10GW组件项目在双桥镇正式开工,总投资60亿元。");
        ExtractedRelation r = x.relations().stream().filter(f -> f.type() == INVESTS_IN && f.source().equals("云岫集团")
                && f.target().endsWith("双桥镇")).findFirst().orElseThrow();
        assertThat(r.amountCny()).isEqualTo(6_000_000_000L);
    }

    @Test
    void aFundSetUpByOneGroupIsItsInvestment() {
        Extraction x = extract("云岫集团也设立长三角青禾振兴发展基金。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "长三角青禾振兴发展基金")).isPresent();
    }

    @Test
    void aFundFoundedByTheSubjectOfTheClauseBefore() {
        Extraction x = extract("云岫集团与周边多个城市,共同设立长三角白鹭升级股权投资基金。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "长三角白鹭升级股权投资基金")).isPresent();
    }

    @Test
    void injectsCapitalToFoundACompany() {
        Extraction x = extract("云岫集团注资成立澄江平台公司。");
        assertThat(relation(x, "云岫集团", INVESTS_IN, "澄江平台公司")).isPresent();
    }

    @Test
    void aDistrictFoundsACompanyInAnotherPlace() {
        Extraction x = extract("上海市闵行区在六安市成立闵六投资发展有限公司。");
        assertThat(relation(x, "闵行区", INVESTS_IN, "闵六投资发展有限公司")).isPresent();
        assertThat(relation(x, "六安市", INVESTS_IN, "闵六投资发展有限公司")).isEmpty();
    }

    @Test
    void aGroupsTotalStaysOffEachMember() {
        Extraction x = extract("宣城高新区全年引进沪苏浙项目20个,计划总投资234.55亿元。");
        assertThat(x.relations()).filteredOn(r -> r.type() == INVESTS_IN).isNotEmpty()
                .allSatisfy(r -> assertThat(r.amountCny()).isNull());
    }

    @Test
    void onePlacesProjectsKeepTheirTotal() {
        Extraction x = extract("宣城市2023年签约48个上海项目共461.51亿元。");
        assertThat(relation(x, "上海市", INVESTS_IN, "宣城市").orElseThrow().amountCny()).isEqualTo(46_151_000_000L);
    }

    @Test
    void builtByAnInvestorAfterTheProjectsTotal() {
        Extraction x = extract("在宣城高新区,云岫光电产业园项目总投资约15亿元,由澄江投资集团有限公司建设。");
        ExtractedRelation r = relation(x, "澄江投资集团有限公司", INVESTS_IN, "宣城高新区").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(1_500_000_000L);
        assertThat(r.amountQualifier()).isEqualTo("约");
    }

    @Test
    void aPlaceHoldingASigningCeremonyHostsTheProjectsSigned() {
        Extraction x = extract("安徽宣城举办2023年三季度重大项目集中签约仪式,其中包含云岫集团有限公司总投资高达113亿元的光伏项目。");
        ExtractedRelation r = relation(x, "云岫集团有限公司", INVESTS_IN, "宣城市").orElseThrow();
        assertThat(r.amountCny()).isEqualTo(11_300_000_000L);
    }

    @Test
    void aTradeNameInvestingAtAHostIsACompany() {
        Extraction x = extract("云岫在宣城高新区投建年产7GW高效组件项目。");
        assertThat(relation(x, "云岫", INVESTS_IN, "宣城高新区")).isPresent();
        assertThat(x.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("云岫");
            assertThat(e.type()).isEqualTo(EntityType.Company);
        });
    }

    @Test
    void aTradeNameWhoseOwnProjectStartsInATown() {
        Extraction x = extract("云岫位于安徽宣城的10GW组件项目在双桥镇正式开工,总投资60亿元。");
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(INVESTS_IN);
            assertThat(r.source()).isEqualTo("云岫");
            assertThat(r.target()).endsWith("双桥镇");
            assertThat(r.amountCny()).isEqualTo(6_000_000_000L);
        });
    }

    @Test
    void tradeNamesInAListOfCompaniesThatSettle() {
        Extraction x = extract("云岫科技、澄江电子、宣和新材等企业签约落地宣城高新区。");
        for (String company : new String[]{"云岫科技", "澄江电子", "宣和新材"}) {
            ExtractedRelation r = relation(x, company, INVESTS_IN, "宣城高新区").orElseThrow();
            assertThat(r.amountCny()).isNull();
        }
    }

    @Test
    void aProperNameThatDoesNotInvestIsNoCompany() {
        Extraction x = extract("云岫在宣城高新区参观学习。");
        assertThat(x.entities()).noneMatch(e -> e.name().equals("云岫"));
    }

    @Test
    void anAgreementWithAProvincesCityGovernmentAnnouncedByTheSubject() {
        Extraction x = extract("2022年7月,云岫新能源宣布与中国安徽省宣城市人民政府签订战略投资合作协议,合作于宣城市展开组件项目。");
        assertThat(relation(x, "云岫新能源", INVESTS_IN, "宣城市")).isPresent();
    }

    @Test
    void itsProjectInvestedAtAHost() {
        Extraction x = extract("就在同一天,总部位于海外的澄江科技有限公司开启了它在宣城高新区投资的二期项目。");
        assertThat(relation(x, "澄江科技有限公司", INVESTS_IN, "宣城高新区")).isPresent();
    }

    @Test
    void builtByACompanyAtTheInnermostPlaceNamedAfterIt() {
        Extraction x = extract("本次投资的光伏玻璃项目由澄江玻璃有限公司在安徽省宣城市宣城高新区建设实施。");
        // the park's name may keep the places written before it (安徽省宣城市宣城高新区)
        assertThat(x.relations()).filteredOn(r -> r.type() == INVESTS_IN && r.source().equals("澄江玻璃有限公司"))
                .singleElement().satisfies(r -> assertThat(r.target()).endsWith("宣城高新区"));
    }

    @Test
    void theCompanyNamedBeforeInvestsAsThisCompany() {
        Extraction x = extract("云岫集团有限公司是一家光伏企业。该公司投资12亿元在宣城高新区建设组件工厂。");
        assertThat(relation(x, "云岫集团有限公司", INVESTS_IN, "宣城高新区").orElseThrow().amountCny()).isEqualTo(1_200_000_000L);
    }

    @Test
    void buyingAStakeIsAnInvestmentInTheCompany() {
        Extraction x = extract("华腾科技股份有限公司发布公告称，公司拟以现金方式收购瑞丰新能源有限公司51%股权。");
        assertThat(ExtractorTestSupport.entity(x, "瑞丰新能源有限公司")).isPresent();
        assertThat(relation(x, "华腾科技股份有限公司", INVESTS_IN, "瑞丰新能源有限公司")).isPresent();
    }

    @Test
    void thePriceOfABuyIsItsAmount() {
        Extraction x = extract("江苏飞鸿集团以8亿元收购了安徽星河电子有限公司。");
        assertThat(relation(x, "江苏飞鸿集团", INVESTS_IN, "安徽星河电子有限公司").orElseThrow().amountCny()).isEqualTo(800_000_000L);
        Extraction y = extract("江苏飞鸿集团收购安徽星河电子有限公司60%股权，交易对价为3.2亿元。");
        assertThat(relation(y, "江苏飞鸿集团", INVESTS_IN, "安徽星河电子有限公司").orElseThrow().amountCny()).isEqualTo(320_000_000L);
    }

    @Test
    void becomingTheControllingShareholderIsAnInvestment() {
        Extraction x = extract("云帆股份选择进军储能，并通过收购成为了国内领先的电池供应商——海辰电子控股股东。");
        assertThat(relation(x, "云帆股份", INVESTS_IN, "海辰电子")).isPresent();
    }

    @Test
    void sellingIsNoInvestmentByTheBuyerNamedFirst() {
        Extraction x = extract("江苏飞鸿集团的产品被安徽星河电子有限公司采购。");
        assertThat(x.relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void aSentenceWithASpeakerOfItsOwnDoesNotBorrowTheLastSubject() {
        Extraction x = extract("位于滨江区的云帆电子开始投产。某某新能源发布公告称，拟向瑞丰新能源有限公司增资1亿元。");
        assertThat(x.relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void theTotalOfTheProjectJustNamedIsTheInvestmentsAmount() {
        Extraction x = extract("鼎泰集团将在芜湖投资建设年产10万辆新能源汽车项目，总投资120亿元。");
        assertThat(relation(x, "鼎泰集团", INVESTS_IN, "芜湖市").orElseThrow().amountCny()).isEqualTo(12_000_000_000L);
        Extraction y = extract("鼎泰集团在芜湖投资建设新能源汽车项目，项目总投资120亿元，达产后年产值300亿元。");
        assertThat(relation(y, "鼎泰集团", INVESTS_IN, "芜湖市").orElseThrow().amountCny()).isEqualTo(12_000_000_000L);
        // a total said of something else after another name belongs to that
        Extraction z = extract("鼎泰集团在芜湖投资建设新能源汽车项目，宣城鸿运产业园总投资50亿元。");
        assertThat(relation(z, "鼎泰集团", INVESTS_IN, "芜湖市").orElseThrow().amountCny()).isNull();
    }

    @Test
    void aCompanysProjectLandingIsItsInvestmentThere() {
        Extraction x = extract("鸿运集团储能项目落户安徽宣城，总投资58亿元。");
        assertThat(relation(x, "鸿运集团", INVESTS_IN, "宣城市").orElseThrow().amountCny()).isEqualTo(5_800_000_000L);
        Extraction y = extract("鸿运集团储能项目正式落户宣城经开区。");
        assertThat(relation(y, "鸿运集团", INVESTS_IN, "宣城经开区")).isPresent();
    }

    @Test
    void theBuyerARelativeClauseDescribes() {
        Extraction x = extract("大手笔购入星河新能源有限公司的鸿运集团，业绩大涨。");
        assertThat(relation(x, "鸿运集团", INVESTS_IN, "星河新能源有限公司")).isPresent();
        assertThat(ExtractorTestSupport.entity(x, "星河新能源有限公司")).isPresent();
    }

    @Test
    void aKnownShortNameRunningOnIntoAnUnknownOneWasNotBought() {
        Extraction x = extract("鸿运电器有限公司发布公告。大手笔购入正泰新能的正泰集团业绩大涨。");
        assertThat(relation(x, "鸿运电器有限公司", INVESTS_IN, "正泰集团")).isEmpty();
    }
}
