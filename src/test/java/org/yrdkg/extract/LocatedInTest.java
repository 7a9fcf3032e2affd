package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;

import org.junit.jupiter.api.Test;

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

    private static void assertLocated(Extraction x, String inner, String outer) {
        assertThat(relation(x, inner, RelationType.LOCATED_IN, outer)).as(inner + " in " + outer).isPresent();
    }
}
