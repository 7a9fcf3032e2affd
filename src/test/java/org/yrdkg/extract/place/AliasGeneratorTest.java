package org.yrdkg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdkg.extract.model.EntityType;

class AliasGeneratorTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            // the administrative suffix goes
            "闵行区, District, 闵行", "淮南市, City, 淮南", "嘉善县, District, 嘉善", "安徽省, Province, 安徽",
            "锡林郭勒盟, City, 锡林郭勒", "阿克苏地区, City, 阿克苏",
            // autonomous and special forms lose their nationalities too
            "延边朝鲜族自治州, City, 延边", "恩施土家族苗族自治州, City, 恩施", "长阳土家族自治县, District, 长阳",
            "内蒙古自治区, Province, 内蒙古", "广西壮族自治区, Province, 广西", "香港特别行政区, Province, 香港",
            "浦东新区, District, 浦东", "神农架林区, District, 神农架", "清新区, District, 清新",
            // never a single character, never a town
            "寿县, District, ''", "城区, District, ''", "鄂温克族自治旗, District, ''", "西塘镇, Town, ''",
            "新虹街道, Town, ''"})
    void shortNames(String name, EntityType type, String expected) {
        var shorts = AliasGenerator.shortNames(Place.division("1", name, type, null));
        if (expected.isEmpty()) {
            assertThat(shorts).isEmpty();
        } else {
            assertThat(shorts).containsExactly(expected);
        }
    }
}
