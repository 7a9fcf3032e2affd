package org.yrdkg.extract.place;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yrdkg.document.Document;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.EntityType;

/** Sentences written for these tests, with real places in the patterns news articles use. */
class PlaceRecognizerTest {

    static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer();

    static Document read(String text) {
        return new DocumentReader().read("t.txt", text.getBytes(UTF_8));
    }

    static List<PlaceMention> recognize(String text) {
        return RECOGNIZER.recognize(read(text));
    }

    /** "surface=name,name" per mention, for compact assertions. */
    static List<String> summary(String text) {
        return recognize(text).stream()
                .map(m -> m.surface() + "=" + m.places().stream().map(Place::name).collect(Collectors.joining(",")))
                .toList();
    }

    static PlaceMention only(String text, String surface) {
        return recognize(text).stream().filter(m -> m.surface().equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void fullNamesOfAllLevels() {
        assertThat(summary("嘉善县与吴江区签订协议，宣城市、溧阳市代表出席。"))
                .containsExactly("嘉善县=嘉善县", "吴江区=吴江区", "宣城市=宣城市", "溧阳市=溧阳市");
        PlaceMention m = only("宣城市代表出席。", "宣城市");
        assertThat(m.place().id()).isEqualTo("3418");
        assertThat(m.place().type()).isEqualTo(EntityType.City);
        assertThat(m.form()).isEqualTo(PlaceMention.Form.FULL);
        assertThat(only("溧阳市代表出席。", "溧阳市").place().type()).isEqualTo(EntityType.District);
    }

    @Test
    void runOnsNameTheInnerPlaceAndItsParents() {
        PlaceMention m = only("江苏省苏州市吴江区开展招商。", "江苏省苏州市吴江区");
        assertThat(m.place().name()).isEqualTo("吴江区");
        assertThat(m.parents()).extracting(p -> p.place().name()).containsExactly("江苏省", "苏州市");
        assertThat(m.parents().get(1).surface()).isEqualTo("苏州市");
        assertThat(summary("浙江嘉兴与宣城广德深化合作。")).containsExactly("浙江嘉兴=嘉兴市", "宣城广德=广德市");
        assertThat(only("浙江嘉兴与宣城广德深化合作。", "浙江嘉兴").isRunOn()).isTrue();
    }

    @Test
    void shortNamesOfCountiesNeedTheirPlaceOrCityInTheText() {
        assertThat(summary("嘉兴市积极推进，嘉善也不甘落后。")).containsExactly("嘉兴市=嘉兴市", "嘉善=嘉善县");
        assertThat(summary("吴江区发布新政，吴江将加快发展。")).containsExactly("吴江区=吴江区", "吴江=吴江区");
        assertThat(summary("该项目西至太湖，东至运河。")).isEmpty();
        // 太湖县 is in 安庆市, but 环太湖 and 太湖流域 are the lake
        assertThat(summary("安庆市代表出席。环太湖地区和太湖流域生态改善。")).containsExactly("安庆市=安庆市");
        assertThat(summary("苏州河沿线和杭州湾两岸生态改善。")).isEmpty();
    }

    @Test
    void aRunOnEndingInABayNamesWhereTheBayIsNotTheCountyBeforeIt() {
        // 海门 is a district of 南通市; 海门湾 is a bay: the province and the city still name where it lies
        assertThat(summary("项目在江苏省南通市海门湾新区建设。")).containsExactly("江苏省南通市=南通市");
        assertThat(summary("项目在江苏省南通市海门区建设。")).containsExactly("江苏省南通市海门区=海门区");
    }

    @Test
    void governmentIsThePlace() {
        PlaceMention m = only("嘉兴市人民政府与宣城市政府签署协议。", "嘉兴市人民政府");
        assertThat(m.government()).isTrue();
        assertThat(m.place().name()).isEqualTo("嘉兴市");
        assertThat(summary("嘉兴市人民政府与宣城市政府签署协议。")).containsExactly("嘉兴市人民政府=嘉兴市", "宣城市政府=宣城市");
    }

    @Test
    void sameNamedDistrictsFollowTheDocument() {
        assertThat(only("北京市朝阳区举办活动。", "北京市朝阳区").place().id()).isEqualTo("110105");
        assertThat(only("长春市召开会议。朝阳区代表发言。", "朝阳区").place().id()).isEqualTo("220104");
        assertThat(only("北京举办论坛。朝阳区代表发言。", "朝阳区").place().id()).isEqualTo("110105");
        assertThat(only("南京市推进改革，鼓楼区率先试点。", "鼓楼区").place().id()).isEqualTo("320106");
        assertThat(only("福州市推进改革，鼓楼区率先试点。", "鼓楼区").place().id()).isEqualTo("350102");
        assertThat(summary("朝阳区代表发言。")).isEmpty();
        // 海南 is a province, a prefecture in 青海 and a district in 内蒙古: the province, unless context says otherwise
        assertThat(only("内蒙古、海南代表参加。", "海南").place().name()).isEqualTo("海南省");
        // 黄山 is the city and its district 黄山区: the city
        assertThat(only("安徽省与浙江省在黄山签署协议。", "黄山").place().name()).isEqualTo("黄山市");
    }

    @Test
    void provinceGroupsAndGroupWords() {
        assertThat(summary("沪苏浙三地联合招商。")).containsExactly("沪苏浙=上海市,江苏省,浙江省");
        assertThat(summary("江浙沪的企业纷纷参与。")).containsExactly("江浙沪=江苏省,浙江省,上海市");
        // 京津冀 is the name of an area in its own right (a national strategy's region), like 长三角; 津冀 stays two provinces
        assertThat(summary("京津冀协同发展。")).containsExactly("京津冀=京津冀");
        assertThat(summary("津冀两地协同发展。")).containsExactly("津冀=天津市,河北省");
        assertThat(summary("长三角三省一市共同推进。"))
                .containsExactly("长三角=长三角", "三省一市=上海市,江苏省,浙江省,安徽省");
        assertThat(only("上海、江苏、浙江两省一市共建示范区。", "两省一市").places())
                .extracting(Place::name).containsExactlyInAnyOrder("上海市", "江苏省", "浙江省");
    }

    @Test
    void contractionsOfPlacesNamedInTheDocument() {
        List<PlaceMention> ms = recognize("青浦区、吴江区、嘉善县共建示范区。青吴嘉三地联动。");
        PlaceMention m = ms.stream().filter(x -> x.form() == PlaceMention.Form.CONTRACTION).findFirst().orElseThrow();
        assertThat(m.surface()).isEqualTo("青吴嘉");
        assertThat(m.places()).extracting(Place::name).containsExactly("青浦区", "吴江区", "嘉善县");
        assertThat(summary("青吴嘉三地联动。")).isEmpty();
        assertThat(only("南京市与马鞍山市签约，宁马合作持续深化。", "宁马").places())
                .extracting(Place::name).containsExactly("南京市", "马鞍山市");
        assertThat(only("无锡、常州、泰州三市签约，锡常泰一体化加快。", "锡常泰").places())
                .extracting(Place::name).containsExactly("无锡市", "常州市", "泰州市");
        // 上 (上饶) and 东 (东阳) are too common to stand for a place
        assertThat(summary("上饶市、合肥市代表出席上合组织论坛。")).containsExactly("上饶市=上饶市", "合肥市=合肥市");
        // a county name dropped for want of support is not read as a contraction (海宁 ≠ 海盐县 + 宁波市)
        assertThat(summary("海盐县与宁波市合作，漕河泾开发区海宁分区揭牌。")).containsExactly("海盐县=海盐县", "宁波市=宁波市");
        // 嘉 could be 嘉兴市 or 嘉善县: the level of 青浦区 and 吴江区 decides
        assertThat(only("嘉兴市、上海青浦、江苏吴江、浙江嘉善共建。青吴嘉三地联动。", "青吴嘉").places())
                .extracting(Place::name).containsExactly("青浦区", "吴江区", "嘉善县");
    }

    @Test
    void singleCharacterAbbreviationsOnlyWhereSafe() {
        assertThat(summary("外资企业来沪投资。")).containsExactly("沪=上海市");
        assertThat(summary("经济复苏势头良好，夜晚宁静。")).isEmpty();
        assertThat(summary("苏州的企业在苏投资。")).containsExactly("苏州=苏州市");
        assertThat(summary("沪宁高速车流平稳。")).isEmpty();
        assertThat(summary("沪上企业积极参与。")).containsExactly("沪=上海市");
        assertThat(summary("沪通铁路开通，首趟列车运行平稳。")).isEmpty();
        // a licence line such as 备案号沪B2-… is page furniture: the reader drops it before extraction
        // 中新苏滁 (China-Singapore Suzhou-Chuzhou) is not 新疆 + 江苏
        assertThat(summary("中新苏滁高新技术产业开发区招商。")).isEmpty();
    }

    @Test
    void townsNeedTheirSuffixAndAParent() {
        assertThat(summary("嘉善县西塘镇游客众多。")).containsExactly("嘉善县西塘镇=西塘镇");
        assertThat(summary("嘉善县发布通知。西塘镇游客众多。")).containsExactly("嘉善县=嘉善县", "西塘镇=西塘镇");
        assertThat(summary("西塘镇游客众多。")).isEmpty();
        assertThat(summary("嘉善县发布通知，西塘游客众多。")).containsExactly("嘉善县=嘉善县");
    }

    @Test
    void ordinaryWordsAreNotPlaces() {
        assertThat(summary("绿水青山就是金山银山。")).isEmpty();
        assertThat(summary("维护和平稳定的发展环境。")).isEmpty();
        // once the document names 金山区 plainly, the bare word is read as the district (a known limit)
        assertThat(summary("上海金山区发布新政。金山将加快发展。")).containsExactly("上海金山区=金山区", "金山=金山区");
    }

    @Test
    void roadsAndLinesAreNotPlaces() {
        assertThat(summary("游客漫步上海南京路，京沪干线和中山路一带。")).containsExactly("上海=上海市");
    }

    @Test
    void twoCharacterNamesNeedMore() {
        assertThat(summary("马鞍山市推进改革，和县率先试点。")).containsExactly("马鞍山市=马鞍山市", "和县=和县");
        assertThat(summary("全省和县区两级联动。")).isEmpty();
        assertThat(summary("浦东新区唐镇发布规划。")).containsExactly("浦东新区唐镇=唐镇");
        assertThat(summary("浦东新区发布规划，唐镇积极响应。")).containsExactly("浦东新区=浦东新区");
        assertThat(summary("浦东新区打造特色小镇。")).containsExactly("浦东新区=浦东新区");
        // a town name never cuts into another name: 长江镇 (a town elsewhere) must not hide 镇江
        assertThat(summary("镇江市发布通知，长江镇江段水质优良。")).contains("镇江=镇江市");
    }

    @Test
    void prefixOfAnOrganisationOrParkNameIsFlagged() {
        assertThat(only("宣城高新区引进项目。", "宣城").prefixOfName()).isTrue();
        assertThat(only("上海交通大学发布报告。", "上海").prefixOfName()).isTrue();
        assertThat(only("上海推进改革。", "上海").prefixOfName()).isFalse();
    }

    @Test
    void regions() {
        assertThat(summary("长江三角洲城市群与长江经济带。"))
                .containsExactly("长江三角洲城市群=长三角", "长江经济带=长江经济带");
        assertThat(only("长三角地区发展。", "长三角地区").place().id()).isEqualTo("Region:长三角");
        assertThat(summary("南京都市圈和上海大都市圈建设提速。"))
                .containsExactly("南京都市圈=南京都市圈", "上海大都市圈=上海大都市圈");
        assertThat(only("南京都市圈建设提速。", "南京都市圈").place().type()).isEqualTo(EntityType.Region);
    }

    @Test
    void traditionalScriptMapsBackToTheOriginalText() {
        Document doc = read("滬蘇浙皖攜手，蘇州市吳江區與長三角各地合作。");
        List<PlaceMention> ms = RECOGNIZER.recognize(doc);
        assertThat(ms).extracting(PlaceMention::surface).containsExactly("沪苏浙皖", "苏州市吴江区", "长三角");
        PlaceMention wujiang = ms.get(1);
        assertThat(wujiang.place().name()).isEqualTo("吴江区");
        assertThat(doc.text().substring(wujiang.docStart(), wujiang.docEnd())).isEqualTo("蘇州市吳江區");
        assertThat(wujiang.original()).isEqualTo("蘇州市吳江區");
    }

    @Test
    void traditionalRunOnsTownsAndGovernments() {
        assertThat(summary("浙江省嘉興市嘉善縣西塘鎮與江蘇吳江攜手，嘉善縣人民政府出席。"))
                .containsExactly("浙江省嘉兴市嘉善县西塘镇=西塘镇", "江苏吴江=吴江区", "嘉善县人民政府=嘉善县");
        PlaceMention town = recognize("浙江省嘉興市嘉善縣西塘鎮。").get(0);
        assertThat(town.parents()).extracting(p -> p.place().name()).containsExactly("浙江省", "嘉兴市", "嘉善县");
        assertThat(town.original()).isEqualTo("浙江省嘉興市嘉善縣西塘鎮");
    }

    @Test
    void oddInputGivesAnAnswer() {
        assertThat(RECOGNIZER.recognize(new Document("e.txt", null, null, "", List.of(), "", "txt", "zh-Hans"))).isEmpty();
        assertThat(summary("12345 abc ……")).isEmpty();
        // one long line without punctuation: linear, every repetition found
        String line = "上海闵行与安徽淮南闵淮合作沪苏浙皖嘉善县西塘镇太湖流域南京路".repeat(2_000);
        assertThat(recognize(line)).hasSize(5 * 2_000); // 上海闵行, 安徽淮南, 闵淮, 沪苏浙皖, 嘉善县西塘镇
        assertThat(RECOGNIZER.hierarchy("nope")).isEmpty();
    }

    @Test
    void hierarchyForLocatedIn() {
        assertThat(RECOGNIZER.hierarchy("320509")).extracting(Place::name).containsExactly("吴江区", "苏州市", "江苏省");
    }
}
