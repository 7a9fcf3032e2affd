package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.model.RelationType.COOPERATES_WITH;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.Extraction;

/** Common ways news reports cooperation, on invented institutions and real places. */
class CooperationPatternTest {

    private static boolean cooperates(Extraction x, String a, String b) {
        return relation(x, a, COOPERATES_WITH, b).isPresent();
    }

    @Test
    void staffOfTheBodyASceneOpensAtWorkWithStaffOfAnotherAreTheBodiesTogether() {
        Extraction x = extract("在浙江嘉善第三人民医院远程会诊中心,医生与宣城青禾儿童医院的专家正在对一名小患者进行会诊。");
        assertThat(cooperates(x, "浙江嘉善第三人民医院", "宣城青禾儿童医院")).isTrue();
        // its people meeting someone else's patients is no joint work
        Extraction patients = extract("在宣城青禾儿童医院,医生与白鹭人民医院的患者交流。");
        assertThat(patients.relations()).noneMatch(r -> r.type() == COOPERATES_WITH);
    }

    @Test
    void hereOpeningASentenceIsWhatTheSentenceBeforeWasAbout() {
        Extraction x = extract("这几天,青禾综合性科学中心的核心项目正在紧张建设。这里未来将与宣城白鹭科学中心合作。");
        assertThat(cooperates(x, "青禾综合性科学中心", "宣城白鹭科学中心")).isTrue();
        // a company is no "here", and 这里 inside a clause is left alone
        Extraction company = extract("青禾科技公司的核心项目正在紧张建设。这里未来将与宣城白鹭科学中心合作。");
        assertThat(company.relations()).noneMatch(r -> r.type() == COOPERATES_WITH);
        Extraction inside = extract("青禾综合性科学中心正在建设。白鹭科学中心认为这里未来将与宣城合作。");
        assertThat(cooperates(inside, "青禾综合性科学中心", "宣城市")).isFalse();
    }

    @Test
    void countedListActsTogetherEvenWhenTheTriggerIsFar() {
        Extraction x = extract("嘉定区、昆山市、太仓市三地政务服务部门在花桥镇共同签署《政务服务合作协议》。");
        assertThat(cooperates(x, "嘉定区", "昆山市")).isTrue();
        assertThat(cooperates(x, "昆山市", "太仓市")).isTrue();
    }

    @Test
    void theCountrysNameBeforeThePartnerIsNoParty() {
        Extraction x = extract("澄江新能源有限公司宣布与中国福建省南安市人民政府签订战略合作协议。");
        assertThat(relation(x, "澄江新能源有限公司", COOPERATES_WITH, "南安市")).isPresent();
    }

    @Test
    void whatHoldsInBothPlacesAlikeWasAgreedBetweenThem() {
        Extraction x = extract("宣城、湖州两地2021年率先推出“人才卡”两地通用政策。");
        assertThat(relation(x, "宣城市", COOPERATES_WITH, "湖州市")).isPresent();
        Extraction y = extract("宣城、湖州两地的人口都在增长。");
        assertThat(relation(y, "宣城市", COOPERATES_WITH, "湖州市")).isEmpty();
    }

    @Test
    void countAfterBothSidesJoinsThem() {
        Extraction x = extract("嘉定区与太仓市、昆山市三地签署协同发展协议。");
        assertThat(cooperates(x, "嘉定区", "太仓市")).isTrue();
        assertThat(cooperates(x, "太仓市", "昆山市")).isTrue();
    }

    @Test
    void openEndedCountDoesNotJoinThePartners() {
        Extraction x = extract("闵行区依托政务服务平台,与杭州余杭、苏州相城等11地签订通办协议。");
        assertThat(cooperates(x, "闵行区", "余杭区")).isTrue();
        assertThat(cooperates(x, "余杭区", "相城区")).isFalse();
    }

    @Test
    void respectivelyWithAList() {
        Extraction x = extract("松江区分别与金华市、宣城市签订科技合作协议。");
        assertThat(cooperates(x, "松江区", "金华市")).isTrue();
        assertThat(cooperates(x, "松江区", "宣城市")).isTrue();
        assertThat(cooperates(x, "金华市", "宣城市")).isFalse();
    }

    @Test
    void twinnedTowns() {
        Extraction x = extract("嘉兴市秀洲区王江泾镇与苏州市吴江区盛泽镇结成友好镇。");
        assertThat(cooperates(x, "王江泾镇", "盛泽镇")).isTrue();
    }

    @Test
    void numberedHospitalsFormAnAlliance() {
        Extraction x = extract("青浦区中山医院、吴江区第一人民医院、嘉善县第一人民医院三家医院组建专科联盟。");
        assertThat(cooperates(x, "吴江区第一人民医院", "嘉善县第一人民医院")).isTrue();
        assertThat(cooperates(x, "青浦区中山医院", "嘉善县第一人民医院")).isTrue();
    }

    @Test
    void scienceBureausSignAnAgreement() {
        Extraction x = extract("宣城市科学技术局与嘉兴市科学技术局签订科技创新券通用通兑协议。");
        assertThat(cooperates(x, "宣城市科学技术局", "嘉兴市科学技术局")).isTrue();
    }

    @Test
    void commonVerbs() {
        for (String verb : new String[]{"携手", "牵手", "联合"}) {
            Extraction x = extract("嘉定区" + verb + "太仓市推进产业协同。");
            assertThat(cooperates(x, "嘉定区", "太仓市")).as(verb).isTrue();
        }
        for (String tail : new String[]{"共建临沪产业园", "签署战略合作协议", "达成战略合作", "建立结对帮扶关系"}) {
            Extraction x = extract("嘉定区与太仓市" + tail + "。");
            assertThat(cooperates(x, "嘉定区", "太仓市")).as(tail).isTrue();
        }
    }

    @Test
    void neighboursAreNotPartners() {
        Extraction x = extract("嘉定区与太仓市相邻，气候相近。");
        assertThat(cooperates(x, "嘉定区", "太仓市")).isFalse();
    }

    @Test
    void thingsBuiltTogetherDoNotCooperate() {
        Extraction x = extract("闵行区与淮南市共建3个园区，分别是闵淮科创园、淮南智造产业园、谢家集物流园。");
        assertThat(cooperates(x, "闵行区", "淮南市")).isTrue();
        assertThat(x.relations().stream().filter(r -> r.type() == COOPERATES_WITH)).hasSize(1);
    }

    @Test
    void aSideThatPairsWithPartnersOfItsOwnDoesNotCooperateWithinItself() {
        Extraction x = extract("沪苏浙各地与皖北各市结对共建产业合作园区。");
        assertThat(cooperates(x, "上海市", "江苏省")).isFalse();
        assertThat(cooperates(x, "江苏省", "浙江省")).isFalse();
    }

    @Test
    void aListWithAnUnnamedPartnerIsNotACooperationWithinTheList() {
        Extraction x = extract("徐汇区、嘉定区与多家外地龙头企业签约。");
        assertThat(cooperates(x, "徐汇区", "嘉定区")).isFalse();
    }

    @Test
    void signatoriesOfOneAgreementAllCooperate() {
        Extraction x = extract("徐汇区、嘉定区、昆山市与上海华信集团有限公司签约共建长三角数字创新中心。");
        assertThat(cooperates(x, "徐汇区", "上海华信集团有限公司")).isTrue();
        assertThat(cooperates(x, "昆山市", "上海华信集团有限公司")).isTrue();
        assertThat(cooperates(x, "徐汇区", "嘉定区")).isTrue();
        assertThat(cooperates(x, "嘉定区", "昆山市")).isTrue();
    }

    @Test
    void pairingVerbsKeepTheSidesApart() {
        Extraction x = extract("徐汇区、嘉定区与淮北市结对帮扶。");
        assertThat(cooperates(x, "徐汇区", "淮北市")).isTrue();
        assertThat(cooperates(x, "徐汇区", "嘉定区")).isFalse();
    }

    @Test
    void twoPlacesNamedTogetherAreWhatALaterLiangdiMeans() {
        Extraction x = extract("地处江苏和浙江交界处的青鱼湖，一度水质很差，如今两地建立起联防联治机制。");
        assertThat(cooperates(x, "江苏省", "浙江省")).isTrue();
    }

    @Test
    void liangdiRightAfterAListRestatesIt() {
        Extraction x = extract("嘉定区与太仓市签署合作协议。青浦区、吴江区两地建立联合巡河机制。");
        assertThat(cooperates(x, "青浦区", "吴江区")).isTrue();
        assertThat(cooperates(x, "青浦区", "嘉定区")).isFalse();
        assertThat(cooperates(x, "吴江区", "太仓市")).isFalse();
    }

    @Test
    void thePeopleOfTwoPlacesActingJointly() {
        Extraction x = extract("苏州吴江区和嘉兴秀洲区的执法人员开展了联合巡查。");
        assertThat(cooperates(x, "吴江区", "秀洲区")).isTrue();
    }

    @Test
    void jointlyDoesNotReadAsWith() {
        Extraction x = extract("江苏、浙江、安徽和上海三省一市协同联动，共同打造科创高地。");
        assertThat(cooperates(x, "江苏省", "上海市")).isTrue();
        assertThat(cooperates(x, "浙江省", "安徽省")).isTrue();
    }

    @Test
    void aGroupWithItsCountMeets() {
        Extraction x = extract("沪苏两地多部门召开了十几次协调会。");
        assertThat(cooperates(x, "上海市", "江苏省")).isTrue();
    }

    @Test
    void aListThatIsPushedToSignIsTheSubjectOfTheSigning() {
        Extraction x = extract("青浦区推动嘉定区和昆山市签署了产业合作协议。");
        assertThat(cooperates(x, "嘉定区", "昆山市")).isTrue();
        Extraction object = extract("青浦区推动嘉定区和昆山市的产业升级。");
        assertThat(cooperates(object, "嘉定区", "昆山市")).isFalse();
    }

    @Test
    void everyShortNameInOneBracketNamesTheCompanyButRolesDoNot() {
        Extraction x = extract("青禾新材料股份有限公司拟与嘉善县城乡发展投资有限公司（以下简称“嘉善城投”、“乙方”）签订合作协议。"
                + "青禾新材料股份有限公司联手嘉善城投开发光伏项目。");
        assertThat(ExtractorTestSupport.entity(x, "嘉善城投")).isPresent();
        assertThat(ExtractorTestSupport.entity(x, "乙方")).isEmpty();
        assertThat(cooperates(x, "青禾新材料股份有限公司", "嘉善县城乡发展投资有限公司")).isTrue();
        assertThat(cooperates(x, "青禾新材料股份有限公司", "嘉善县")).isFalse();
    }

    @Test
    void agreementsAMeetingSignsAreAmongThePlacesThatAttendedIt() {
        Extraction x = extract("第三届皖苏浙文旅论坛在南京召开，江苏、浙江、安徽三省代表出席。"
                + "会议审议通过了《皖苏浙文旅合作章程》，签署了5个合作协议。");
        assertThat(cooperates(x, "江苏省", "浙江省")).isTrue();
        assertThat(cooperates(x, "江苏省", "安徽省")).isTrue();
        assertThat(cooperates(x, "浙江省", "安徽省")).isTrue();
    }

    @Test
    void attendingAloneIsNoCooperation() {
        Extraction x = extract("第三届皖苏浙文旅论坛在南京召开，江苏、浙江、安徽三省代表出席。会议听取了工作报告。");
        assertThat(cooperates(x, "江苏省", "浙江省")).isFalse();
    }

    @Test
    void aSigningWithItsOwnPartiesIsNotTheAttendees() {
        Extraction x = extract("第四届论坛在扬州召开，扬州、镇江两市领导参加。论坛期间，某某公司与某某学院签署了合作协议。");
        assertThat(cooperates(x, "扬州市", "镇江市")).isFalse();
    }

    @Test
    void twoPartiesSigningWithEachOtherCooperate() {
        Extraction x = extract("星澜科学院宁波分院与丽水市签约。");
        assertThat(relation(x, "星澜科学院宁波分院", COOPERATES_WITH, "丽水市")).isPresent();
        // projects of the listed places signed somewhere: the places did not sign with each other
        Extraction projects = extract("一批沪苏浙项目签约落地丽水。");
        assertThat(projects.relations()).noneMatch(r -> r.type() == COOPERATES_WITH);
    }

    @Test
    void somePartiesOfAGroupThatActedAsOneCooperate() {
        Extraction x = extract("联盟由丽水市经济和信息化局、衢州市科学技术局等12家单位共同发起。");
        assertThat(relation(x, "丽水市经济和信息化局", COOPERATES_WITH, "衢州市科学技术局")).isPresent();
        // examples of a group that only settled somewhere did not act together
        Extraction settled = extract("青岚集团、金桥集团等12家企业入驻星桥产业园。");
        assertThat(settled.relations()).noneMatch(r -> r.type() == COOPERATES_WITH);
    }

    @Test
    void aPlaceThatOnlySaysWhereTheSubjectIsIsNotTheSubject() {
        Extraction x = extract("位於蘇州工業園區的星瀾生物醫藥有限公司,與南京大學共建了聯合實驗室。");
        assertThat(relation(x, "星澜生物医药有限公司", COOPERATES_WITH, "南京大学")).isPresent();
        assertThat(relation(x, "苏州工业园区", COOPERATES_WITH, "南京大学")).isEmpty();
    }

    @Test
    void theNameAfterADashIsTheSubjectItsDescriptionIntroduced() {
        Extraction x = extract("与此同时，无锡一家芯片企业——无锡澄芯微电子有限公司宣布与星澜大学共建联合实验室。");
        assertThat(relation(x, "无锡澄芯微电子有限公司", COOPERATES_WITH, "星澜大学")).isPresent();
        assertThat(relation(x, "无锡市", COOPERATES_WITH, "星澜大学")).isEmpty();
    }

    @Test
    void aPlaceThatOnlySaysWhereThePartnerIsIsNotThePartner() {
        Extraction x = extract("星岚实验室与上海的星澜人工智能研究院签署合作协议。");
        assertThat(relation(x, "星岚实验室", COOPERATES_WITH, "星澜人工智能研究院")).isPresent();
        assertThat(relation(x, "星岚实验室", COOPERATES_WITH, "上海市")).isEmpty();
    }
}
