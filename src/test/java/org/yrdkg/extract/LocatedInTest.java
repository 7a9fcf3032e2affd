package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.Extraction;

/** LOCATED_IN that names and sentences state, on invented names. */
class LocatedInTest {

    @Test
    void aPlaceBeforeTheNameOfSomethingPlacesIt() {
        Extraction x = extract("他联系上了安徽的青禾学院。来自上海的白鹭航空公司参展,落户外高桥保税区的云杉科技公司开业。");
        assertLocated(x, "青禾学院", "安徽省");
        assertLocated(x, "白鹭航空公司", "上海市");
        assertLocated(x, "云杉科技公司", "外高桥保税区");
    }

    @Test
    void aClauseThatOnlySaysWhereSetsTheSceneForWhatIsBuiltThere() {
        Extraction x = extract("在宣城云岫科创走廊,云岫人工智能计算中心正在抓紧建设。");
        assertLocated(x, "云岫人工智能计算中心", "宣城云岫科创走廊");
        // a company named there may only be visiting: signing somewhere does not put it there
        Extraction y = extract("在宣城,澄江新材料有限公司与泾县签约。");
        assertThat(relation(y, "澄江新材料有限公司", RelationType.LOCATED_IN, "宣城市")).isEmpty();
    }

    @Test
    void whatSettlesSomewhereLiesThere() {
        Extraction x = extract("“青禾影视译制中心”入驻上海。白鹭重工集团落地湖州吴兴国家高新区。");
        assertLocated(x, "青禾影视译制中心", "上海市");
        assertLocated(x, "白鹭重工集团", "湖州吴兴国家高新区");
    }

    @Test
    void companiesThatMoveThereLieThere() {
        Extraction x = extract("青松重工集团、白鹭系统公司等跨国企业纷纷把亚太总部搬到上海浦东新区。");
        assertLocated(x, "青松重工集团", "浦东新区");
        assertLocated(x, "白鹭系统公司", "浦东新区");
    }

    @Test
    void aParkNamedWithACityAndItsDistrictLiesInBoth() {
        Extraction x = extract("青禾公司在湖州吴兴国家高新区投建组件项目。");
        assertLocated(x, "湖州吴兴国家高新区", "湖州市");
        assertLocated(x, "湖州吴兴国家高新区", "吴兴区");
    }

    @Test
    void aBracketedPlaceInAZoneNamePlacesIt() {
        Extraction x = extract("中国(浙江)自由贸易试验区扩区,星河(香港)材料有限公司设立。");
        assertLocated(x, "中国(浙江)自由贸易试验区", "浙江省");
        assertThat(x.relations()).noneMatch(r -> r.source().startsWith("星河") && r.type() == RelationType.LOCATED_IN);
    }

    @Test
    void noPlaceLiesInItself() {
        Extraction x = extract("浙江省委和浙江省政府召开会议,浙江全省推进。");
        assertThat(x.relations()).noneMatch(r -> r.source().equals(r.target()));
    }

    @Test
    void whatSettlesInASceneWithoutSayingWhereLiesInTheScene() {
        Extraction x = extract("在新设立的宣城云岫科创走廊,工地一片忙碌。最近,青禾物流华东分拨中心、白鹭航运亚太分拨中心相继入驻,看重的是效率。");
        assertLocated(x, "青禾物流华东分拨中心", "宣城云岫科创走廊");
        assertLocated(x, "白鹭航运亚太分拨中心", "宣城云岫科创走廊");
        assertLocated(extract("在湖州吴兴,工地一片忙碌。今年,青禾公司正式落户这里。"), "青禾公司", "吴兴区");
        assertLocated(extract("最近,在湖州吴兴,工地一片忙碌。青禾公司正式落户这里。"), "青禾公司", "吴兴区");
        // the scene holds for the next sentence only; a signing there places nobody
        Extraction later = extract("在湖州吴兴,工地一片忙碌。天气很好。青禾公司正式落户这里。");
        assertThat(relation(later, "青禾公司", RelationType.LOCATED_IN, "吴兴区")).isEmpty();
        Extraction signing = extract("在宣城,澄江新材料有限公司与泾县签约。");
        assertThat(relation(signing, "澄江新材料有限公司", RelationType.LOCATED_IN, "宣城市")).isEmpty();
        // a settling with its own place is that place's, not the scene's
        Extraction elsewhere = extract("在湖州吴兴,工地一片忙碌。青禾公司已落户宣城。");
        assertThat(relation(elsewhere, "青禾公司", RelationType.LOCATED_IN, "吴兴区")).isEmpty();
    }

    @Test
    void aCompanysProjectThatLiesSomewhereDoesNotPlaceTheCompany() {
        Extraction x = extract("5月6日,青禾新能源公司位于浙江湖州的10GW组件项目正式开工。白鹭科技公司位于安徽宣城。");
        assertThat(x.entities()).anyMatch(e -> e.name().equals("青禾新能源公司"));
        assertThat(relation(x, "青禾新能源公司", RelationType.LOCATED_IN, "湖州市")).isEmpty();
        assertLocated(x, "白鹭科技公司", "宣城市");
    }

    @Test
    void whatASceneCallsLocalIsThere() {
        assertLocated(extract("在湖州吴兴,他了解到当地电气龙头企业青松集团正面临发展瓶颈。"), "青松集团", "吴兴区");
        Extraction noScene = extract("他了解到当地电气龙头企业青松集团正面临发展瓶颈。");
        assertThat(noScene.relations()).noneMatch(r -> r.source().equals("青松集团") && r.type() == RelationType.LOCATED_IN);
    }

    private static void assertLocated(Extraction x, String inner, String outer) {
        assertThat(relation(x, inner, RelationType.LOCATED_IN, outer)).as(inner + " in " + outer).isPresent();
    }

    @Test
    void aCompanyIsWhereItOpensAUnit() {
        Extraction x = extract("鸿运集团在上海先后设立了总部和销售中心。");
        assertThat(relation(x, "鸿运集团", RelationType.LOCATED_IN, "上海市")).isPresent();
        Extraction y = extract("最近，鸿运集团研发中心正式落户宣城经开区。");
        assertThat(relation(y, "鸿运集团", RelationType.LOCATED_IN, "宣城经开区")).isPresent();
    }

    @Test
    void aUniversityThatOpensAnInstituteElsewhereStaysWhereItIs() {
        Extraction x = extract("东岭理工大学在太仓设立研究院。");
        assertThat(relation(x, "东岭理工大学", RelationType.LOCATED_IN, "太仓市")).isEmpty();
    }

    @Test
    void theCompanyADashNamesAfterOneCompanyOfAPlaceIsThere() {
        Extraction x = extract("记者来到宣城经开区一家德资企业——鸿运集团采访。");
        assertThat(relation(x, "鸿运集团", RelationType.LOCATED_IN, "宣城经开区")).isPresent();
    }

    @Test
    void whereABodyHasItsSeatIsWhereItLies() {
        Extraction x = extract("星澜科技总部位于上海市嘉定区,白鹭集团的注册地在丽水经济技术开发区。");
        assertThat(relation(x, "星澜科技", RelationType.LOCATED_IN, "嘉定区")).isPresent();
        assertThat(relation(x, "白鹭集团", RelationType.LOCATED_IN, "丽水经济技术开发区")).isPresent();
    }

    @Test
    void anEnclaveLiesWhereItIsSetUpNotInThePlaceItIsNamedAfter() {
        Extraction x = extract("吴兴区与武进区达成共识,计划在武进国家高新区设立吴兴星桥科创飞地。");
        assertThat(relation(x, "吴兴星桥科创飞地", RelationType.LOCATED_IN, "武进国家高新区")).isPresent();
        assertThat(relation(x, "吴兴星桥科创飞地", RelationType.LOCATED_IN, "吴兴区")).isEmpty();
    }

    @Test
    void whatAZoneAttractsInALaterClauseSettlesInIt() {
        Extraction x = extract("据悉,湖丽合作产业园位于丽水市莲都区,规划面积10平方公里,已吸引青岚智能装备有限公司、"
                + "金桥电子有限公司等20余家企业入驻。");
        assertThat(relation(x, "青岚智能装备有限公司", RelationType.LOCATED_IN, "湖丽合作产业园")).isPresent();
        assertThat(relation(x, "金桥电子有限公司", RelationType.LOCATED_IN, "湖丽合作产业园")).isPresent();
        // attracting talent, not companies settling: nothing lies there
        Extraction talent = extract("湖丽合作产业园位于丽水市莲都区,已吸引青岚智能装备有限公司的专家前来考察。");
        assertThat(relation(talent, "青岚智能装备有限公司", RelationType.LOCATED_IN, "湖丽合作产业园")).isEmpty();
    }

    @Test
    void whenItHappenedMayStandBetweenTheBodyAndWhereItWasFounded() {
        Extraction x = extract("长三角星桥高校智库联盟日前在南京成立。");
        assertThat(relation(x, "长三角星桥高校智库联盟", RelationType.LOCATED_IN, "南京市")).isPresent();
    }

    @Test
    void aCompanysNameWithoutItsPlaceIsTheCompanyAndItsSeatClauseHasNoSubjectOfItsOwn() {
        Extraction x = extract("丽水白鹭科技有限公司宣布扩产。白鹭科技成立于2018年,总部位于丽水经济技术开发区。");
        assertThat(relation(x, "丽水白鹭科技有限公司", RelationType.LOCATED_IN, "丽水经济技术开发区")).isPresent();
    }

    @Test
    void aTownWhosePrepositionHanlpGluedToItsNameIsStillRead() {
        // 位/q 于震泽/nr 镇/n: the word the town's name cuts is the preposition's
        Extraction x = extract("位于震泽镇的吴江区星澜研究院将共享数据。");
        assertThat(relation(x, "震泽镇", RelationType.LOCATED_IN, "吴江区")).isPresent();
    }

    @Test
    void whatTwoPartiesBuildTogetherInsideAZoneLiesInIt() {
        Extraction x = extract("双方将在全椒经济开发区内共同建设星椒智造产业园。");
        assertThat(relation(x, "星椒智造产业园", RelationType.LOCATED_IN, "全椒经济开发区")).isPresent();
    }

    @Test
    void aBranchNamedAfterAWholeUniversityOrCompanyLiesInThePlaceAfterIt() {
        Extraction x = extract("双方将共建星澜大学湖州创新研究院。星澜集团宁波分公司同日成立。");
        assertThat(relation(x, "星澜大学湖州创新研究院", RelationType.LOCATED_IN, "湖州市")).isPresent();
        assertThat(relation(x, "星澜集团宁波分公司", RelationType.LOCATED_IN, "宁波市")).isPresent();
        // a university named after its own city lies there as before
        assertThat(relation(extract("湖州星澜大学与星澜集团签约。"), "湖州星澜大学", RelationType.LOCATED_IN, "湖州市")).isPresent();
    }

    @Test
    void aShortNameIsThePlaceTheDocumentNamesInFullNotADistrictInsideIt() {
        // 黄山 is both 黄山市 and its 黄山区; the document names 黄山市 in full
        Extraction x = extract("浙江省衢州市与安徽省黄山市在黄山签订合作协议。衢州星澜纸业股份有限公司与黄山高新技术产业开发区签约。");
        assertThat(relation(x, "黄山高新技术产业开发区", RelationType.LOCATED_IN, "黄山市")).isPresent();
        assertThat(ExtractorTestSupport.names(x)).doesNotContain("黄山区");
    }

    @Test
    void aBareParkOpeningASentenceIsTheDocumentsOnePark() {
        Extraction x = extract("两地签约共建星平智造飞地产业园。园区位于平湖市独山港镇，规划面积3平方公里。");
        assertThat(relation(x, "星平智造飞地产业园", RelationType.LOCATED_IN, "独山港镇")).isPresent();
        // with two parks in the document, 园区 names neither
        Extraction two = extract("两地签约共建星平智造产业园和星湖科创园。园区位于平湖市独山港镇。");
        assertThat(relation(two, "星平智造产业园", RelationType.LOCATED_IN, "独山港镇")).isEmpty();
        assertThat(relation(two, "星湖科创园", RelationType.LOCATED_IN, "独山港镇")).isEmpty();
    }

    @Test
    void whatASceneParkHoldsLiesInThePlaceTheParkIsWrittenWith() {
        Extraction x = extract("在上海松江星澜科创走廊，星澜人工智能计算中心正在抓紧建设。");
        assertThat(relation(x, "星澜人工智能计算中心", RelationType.LOCATED_IN, "星澜科创走廊")).isPresent();
        assertThat(relation(x, "星澜人工智能计算中心", RelationType.LOCATED_IN, "松江区")).isPresent();
    }

    @Test
    void aReportOpeningOnPlacesAloneSpeaksFromThere() {
        Extraction x = extract("浙江湖州，青澜光伏科技发展公司，由于不少外地员工还没有返岗，公司很着急。"
                + "安徽芜湖，白鹭汽车零部件公司的生产线已经全面恢复。");
        assertLocated(x, "青澜光伏科技发展公司", "湖州市");
        assertLocated(x, "白鹭汽车零部件公司", "芜湖市");
        // a place that opens a clause of its own says nothing about the names after it
        Extraction y = extract("他说，浙江湖州，青澜光伏科技发展公司也在招人。");
        assertThat(relation(y, "青澜光伏科技发展公司", RelationType.LOCATED_IN, "湖州市")).isEmpty();
    }

    @Test
    void aCompanyIsWhereItsUnitOpens() {
        Extraction x = extract("近日，青澜医疗器械（苏州）有限公司研发总部在苏州工业园区正式启用。");
        assertLocated(x, "青澜医疗器械(苏州)有限公司", "苏州工业园区");
    }

    @Test
    void everyPairAnAddressWritesTogetherIsStated() {
        Extraction x = extract("近日，浙江省平湖市新埭镇与上海签约。");
        ExtractedRelation r = relation(x, "平湖市", RelationType.LOCATED_IN, "浙江省").orElseThrow();
        assertThat(r.origin()).isEqualTo(ExtractedRelation.Origin.TEXT);
        assertLocated(x, "新埭镇", "平湖市");
    }

    @Test
    void aParkBuiltByAnotherParkDoesNotHoldIt() {
        Extraction x = extract("星湖工业园区由苏州工业园区与宿迁市合作共建。青禾新区由星湖产业园、白鹭产业园组成。");
        assertThat(ExtractorTestSupport.names(x)).contains("星湖工业园区", "苏州工业园区");
        assertThat(relation(x, "苏州工业园区", RelationType.LOCATED_IN, "星湖工业园区")).isEmpty();
        assertLocated(x, "星湖产业园", "青禾新区");
    }

    @Test
    void whatAPlaceSetsUpInAnotherLiesThere() {
        Extraction x = extract("近日，嘉兴市南湖区在上海市闵行区设立的南湖·闵行星澜科创飞地正式揭牌运营。");
        assertLocated(x, "南湖·闵行星澜科创飞地", "闵行区");
    }

    @Test
    void whatSettlesWithNoPlaceSaidSettlesInTheDocumentsOnePark() {
        Extraction x = extract("近日，南湖·闵行星澜科创飞地正式揭牌运营。首批入驻的上海青梧生物科技有限公司、上海澜舟智能科技有限公司等6家企业将把研发放在上海。");
        assertLocated(x, "上海青梧生物科技有限公司", "南湖·闵行星澜科创飞地");
        assertLocated(x, "上海澜舟智能科技有限公司", "南湖·闵行星澜科创飞地");
    }
}
