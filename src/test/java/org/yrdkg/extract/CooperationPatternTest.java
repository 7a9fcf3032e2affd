package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.RelationType.COOPERATES_WITH;

import org.junit.jupiter.api.Test;

/** Common ways news reports cooperation, on invented institutions and real places. */
class CooperationPatternTest {

    private static boolean cooperates(Extraction x, String a, String b) {
        return relation(x, a, COOPERATES_WITH, b).isPresent();
    }

    @Test
    void countedListActsTogetherEvenWhenTheTriggerIsFar() {
        Extraction x = extract("嘉定区、昆山市、太仓市三地政务服务部门在花桥镇共同签署《政务服务合作协议》。");
        assertThat(cooperates(x, "嘉定区", "昆山市")).isTrue();
        assertThat(cooperates(x, "昆山市", "太仓市")).isTrue();
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
}
